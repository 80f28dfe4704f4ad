/**
 * A checked story in the address's fragment: `#story=<text, deflated, base64url>`. The fragment is
 * never sent to a server, so the text stays between the people who share the link; compressed,
 * a wire report of a few paragraphs takes a few hundred characters.
 */

export const STORY_PARAM = 'story';
/**
 * The longest fragment a link carries: chat apps and mail clients cut longer addresses, and a
 * link that opens half a text would be worse than none.
 */
export const MAX_STORY_FRAGMENT = 8_000;

/** The fragment for `text` (without the '#') and its length, to compare with the limit. */
export async function storyFragment(text: string): Promise<{ fragment: string; length: number }> {
  const packed = await transform(
    new TextEncoder().encode(text),
    new CompressionStream('deflate-raw'),
  );
  const fragment = `${STORY_PARAM}=${toBase64Url(packed)}`;
  return { fragment, length: fragment.length };
}

export type StoryFromLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'story'; readonly text: string }
  | { readonly kind: 'unreadable' };

/** The story a fragment holds; any damage (cut, edited, not ours) is 'unreadable', never thrown. */
export async function storyFromFragment(hash: string): Promise<StoryFromLink> {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(STORY_PARAM);
  if (value === null) return { kind: 'none' };
  if (value.length > MAX_STORY_FRAGMENT || !/^[A-Za-z0-9_-]*$/.test(value)) {
    return { kind: 'unreadable' };
  }
  try {
    const bytes = fromBase64Url(value);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      await transform(bytes, new DecompressionStream('deflate-raw')),
    );
    return { kind: 'story', text };
  } catch {
    return { kind: 'unreadable' };
  }
}

async function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
) {
  const output = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
