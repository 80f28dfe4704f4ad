import { describe, expect, it, vi } from 'vitest';
import { memoPerPair } from '../../src/data/memo';

describe('memoPerPair', () => {
  it('works a value out once per pair of keys, and apart for each pair', () => {
    const make = vi.fn((first: { name: string }, second: string) => `${first.name}:${second}`);
    const memo = memoPerPair(make);
    const a = { name: 'a' };
    const b = { name: 'a' };
    expect(memo(a, 'x')).toBe('a:x');
    expect(memo(a, 'x')).toBe('a:x');
    expect(memo(a, 'y')).toBe('a:y');
    // Another object with the same content is another key: a dataset is known by its identity.
    expect(memo(b, 'x')).toBe('a:x');
    expect(make).toHaveBeenCalledTimes(3);
  });

  it('keeps any value once worked out, undefined too', () => {
    const make = vi.fn((): undefined => undefined);
    const memo = memoPerPair(make);
    const key = {};
    expect(memo(key, 1)).toBeUndefined();
    expect(memo(key, 1)).toBeUndefined();
    expect(make).toHaveBeenCalledTimes(1);
  });
});
