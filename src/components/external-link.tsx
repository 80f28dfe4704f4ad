import type { ReactNode } from 'react';

/**
 * The URL when it is an absolute http(s) address, else null. Addresses come from data files, which
 * are input like any other: `javascript:`, `data:`, `vbscript:` or a protocol-relative `//host`
 * must never become a link.
 */
export function safeExternalUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to a source named in the data, or its text alone when the address is not safe. */
export function ExternalLink({ url, children }: { url: string; children: ReactNode }) {
  const href = safeExternalUrl(url);
  return href ? <a href={href}>{children}</a> : <span>{children}</span>;
}
