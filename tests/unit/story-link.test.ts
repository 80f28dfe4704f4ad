import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasStoryParam, storyFragment, storyFromFragment } from '../../src/view-state/story-link';

describe('a story in the address fragment', () => {
  it('reads back any text as written, Russian and markup included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (text) => {
        const { fragment } = await storyFragment(text);
        expect(fragment).toMatch(/^story=[A-Za-z0-9_-]*$/);
        expect(await storyFromFragment(`#${fragment}`)).toEqual({ kind: 'story', text });
      }),
      { numRuns: 60 },
    );
    const wire = 'В России за сутки выявлено 11 231 новый случай <script>alert(1)</script>';
    const { fragment, length } = await storyFragment(wire.repeat(20));
    expect(length).toBeLessThan((wire.length * 20) / 4); // repeated text compresses
    expect(await storyFromFragment(`#${fragment}`)).toEqual({
      kind: 'story',
      text: wire.repeat(20),
    });
  });

  it('says a damaged or foreign fragment is unreadable, and no fragment is none', async () => {
    expect(await storyFromFragment('')).toEqual({ kind: 'none' });
    expect(await storyFromFragment('#focus=2020-05-07')).toEqual({ kind: 'none' });
    const { fragment } = await storyFragment('11,231 new cases, a record');
    for (const broken of [
      fragment.slice(0, -6),
      `${fragment}%3Cb%3E`,
      'story=!!!!',
      'story=AAAA',
    ]) {
      expect(await storyFromFragment(`#${broken}`)).toEqual({ kind: 'unreadable' });
    }
    expect(await storyFromFragment(`#story=${'A'.repeat(9_000)}`)).toEqual({ kind: 'unreadable' });
    // A small link that unpacks to megabytes is not a story of ours.
    const bomb = await storyFragment('1'.repeat(2_000_000));
    expect(bomb.length).toBeLessThan(8_000);
    expect(await storyFromFragment(`#${bomb.fragment}`)).toEqual({ kind: 'unreadable' });
    expect(hasStoryParam(`#x=1&${fragment}`)).toBe(true);
    expect(hasStoryParam('#focus=2020-05-07')).toBe(false);
  });
});
