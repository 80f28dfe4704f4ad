/**
 * A checked story in the address's fragment: `#story=<text, deflated, base64url>`. The fragment is
 * never sent to a server, so the text stays between the people who share the link; compressed,
 * a wire report of a few paragraphs takes a few hundred characters.
 */

import { STORY_PARAM } from './story-param';

export { hasStoryParam, STORY_PARAM } from './story-param';
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

/**
 * The most a link's story may unpack to: more than the check reads (100,000 characters, up to
 * four bytes each). A small fragment can unpack to megabytes; past this it is not a story of ours.
 */
const MAX_STORY_BYTES = 400_000;

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
    const unpacked = await unpack(bytes, MAX_STORY_BYTES);
    if (!unpacked) return { kind: 'unreadable' };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
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

/** The inflated bytes, or null past `limit` (the stream is stopped there). */
async function unpack(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
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
