import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceArticle } from '../../src/data/article';
import { storyParts } from '../../src/data/article-text';

const text = readFileSync(
  new URL('../../public/article/source-article.txt', import.meta.url),
  'utf8',
);
const slice = ({ start, end }: { start: number; end: number }) => text.slice(start, end);

describe("the story's parts", () => {
  const parts = storyParts(text, sourceArticle);

  it('states the news date and the report date apart', () => {
    expect(sourceArticle.newsDate).toBe('2020-05-08');
    expect(sourceArticle.reportDate).toBe('2020-05-07');
  });

  it('finds the headline once, where the text first states it', () => {
    expect(parts.headline).toEqual({ start: 0, end: sourceArticle.headline.length });
    expect(text.indexOf(sourceArticle.headline, 1)).toBeGreaterThan(0);
  });

  it("keeps the story's paragraphs, as spans of the whole text, and leaves out dateline, caption and comment form", () => {
    const paragraphs = parts.paragraphs.map(slice);
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^Russia’s new coronavirus epidemic continues/);
    expect(paragraphs.join(' ')).not.toMatch(/Leave a reply|Kremlin Pool Photo|No Comments/);
    for (const paragraph of paragraphs) expect(paragraph).toBe(paragraph.trim());
    expect(text).toContain(sourceArticle.photoCredit);
  });

  it('reads the same spans from a text with Windows line ends', () => {
    const crlf = text.replaceAll('\n', '\r\n');
    const windows = storyParts(crlf, sourceArticle);
    expect(windows.paragraphs.map((span) => crlf.slice(span.start, span.end))).toEqual(
      parts.paragraphs.map(slice),
    );
  });
});
