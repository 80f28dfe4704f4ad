/**
 * Serves the production build (dist/, made by `vite build` before the e2e project runs) on a free
 * loopback port for the end-to-end tests, and hands its address to them as `baseURL`.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('No production build in dist/: run `npx vite build` first (npm test does).');
  }
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
