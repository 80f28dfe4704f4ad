import { describe, expect, it, vi } from 'vitest';
import { memoPerPair, memoRecent } from '../../src/data/memo';

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

describe('memoRecent', () => {
  it('keeps the last values per first key, the one used last kept longest', () => {
    const memo = memoRecent<object, string>(2);
    const make = vi.fn((key: string) => `made ${key}`);
    const first = {};
    const ask = (key: string) => memo(first, key, () => make(key));
    expect(ask('a')).toBe('made a');
    ask('b');
    ask('a'); // kept, and now the newest
    ask('c'); // b, the oldest, goes
    expect(make.mock.calls.map(([key]) => key)).toEqual(['a', 'b', 'c']);
    ask('a');
    ask('b');
    expect(make.mock.calls.map(([key]) => key)).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps apart the values of each first key, known by identity', () => {
    const memo = memoRecent<object, number>(4);
    expect(memo({}, 'k', () => 1)).toBe(1);
    expect(memo({}, 'k', () => 2)).toBe(2);
    const first = {};
    memo(first, 'k', () => 3);
    expect(memo(first, 'k', () => 4)).toBe(3);
  });

  it('keeps undefined as a value', () => {
    const memo = memoRecent<object, undefined>(2);
    const make = vi.fn((): undefined => undefined);
    const first = {};
    memo(first, 'k', make);
    memo(first, 'k', make);
    expect(make).toHaveBeenCalledTimes(1);
  });
});
