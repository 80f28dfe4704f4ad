import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const ciRun = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
const commands = [...readme.matchAll(/```sh\n(.+)\n```/g)].map((match) => match[1]);

describe('README', () => {
  it('gives the two commands for a new machine: start, and run every test', () => {
    expect(commands.slice(0, 2)).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('is what CI runs', () => {
    const lines = ciRun
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
    expect(lines.at(-1)).toBe(commands[1]);
  });
});
