/**
 * The text the readers match against: lower case, ё as е, typographic quotes and dashes as their
 * plain forms, and each character kept at its place, so that every offset found in the folded text
 * is an offset in the original (spans point at what the user pasted, to the character).
 */

/** Characters read as another of the same length. */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  ё: 'е',
  '’': "'",
  '‘': "'",
  '‐': '-',
  '‑': '-',
  '−': '-',
};

/**
 * Lower-cases `text` character by character. A character whose lower case is longer (the Turkish
 * İ becomes two) is kept as it is: a change of length would move every offset after it.
 */
export function foldText(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const substitute = SUBSTITUTES[c];
    if (substitute !== undefined) {
      folded += substitute;
      continue;
    }
    const lower = c.toLowerCase();
    folded += lower.length === 1 ? (SUBSTITUTES[lower] ?? lower) : c;
  }
  return folded;
}
