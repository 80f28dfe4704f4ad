import { type ReactNode, useEffect, useRef, useState } from 'react';
import { m } from '../../i18n/messages';
import './share.css';

interface ShareControlsProps {
  /** The view's name, for the share sheet. */
  readonly title: string;
  /** More controls, placed with these (the CSV download). */
  readonly children?: ReactNode;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * "Copy link" copies the address of exactly this view (the URL holds the whole view) and says so,
 * also to screen readers. Where the browser can share (phones), a Share button opens its sheet.
 */
export function ShareControls({ title, children }: ShareControlsProps) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const fallback = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  // Known only in the browser, after the prerendered page has been taken over.
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);

  useEffect(() => {
    if (copy !== 'copied') return;
    const timer = window.setTimeout(() => setCopy('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [copy]);
  useEffect(() => {
    if (copy === 'failed') fallback.current?.select();
  }, [copy]);

  const copyLink = async () => {
    const link = window.location.href;
    setUrl(link);
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure page, or permission refused): show the link to copy by hand.
      setCopy('failed');
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title, url: window.location.href });
    } catch {
      // Cancelled by the user, or not allowed: nothing to report.
    }
  };

  const t = m().share;
  return (
    <div className="share-controls">
      <button type="button" className="button" onClick={() => void copyLink()}>
        {t.copyLink}
      </button>
      {children}
      {canShare ? (
        <button type="button" className="button" onClick={() => void share()}>
          {t.share}
        </button>
      ) : null}
      <p className="share-controls__status" role="status">
        {copy === 'copied' ? t.copied : ''}
      </p>
      {copy === 'failed' ? (
        <label className="share-controls__fallback">
          {t.copyByHand}
          <input ref={fallback} type="text" readOnly value={url} />
        </label>
      ) : null}
    </div>
  );
}
