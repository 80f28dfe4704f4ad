import { useId, useState } from 'react';
import { m } from '../../i18n/messages';
import { saveFile } from '../save-file';
import type { ChartTakeAwayProps } from './chart-take-away';

/** Download PNG, Download SVG, and the embed code: what a chart's take-away button opens. */
export function TakeAwayPanel({ text, fileName, embedHref }: Omit<ChartTakeAwayProps, 'ready'>) {
  const [status, setStatus] = useState('');
  const codeId = useId();
  const t = m().takeAway;

  const save = async (kind: 'png' | 'svg', button: HTMLElement) => {
    // The figure this belongs to marks itself and the element its drawing is in.
    const frame = button
      .closest('[data-take-away]')
      ?.querySelector<HTMLElement>('[data-take-away-frame]');
    if (!frame) return;
    try {
      const image = await import('./chart-image');
      // The view's address, without a #story= text a reader may have pasted.
      const { origin, pathname, search } = window.location;
      const svg = image.chartSvgText(frame, { ...text, address: `${origin}${pathname}${search}` });
      const blob =
        kind === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : await image.chartPngBlob(svg, 2);
      saveFile(blob, `${fileName}.${kind}`);
      setStatus(t.saved(kind.toUpperCase()));
    } catch (error) {
      setStatus(t.failed(error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <>
      <div className="take-away__downloads">
        <button
          type="button"
          className="button"
          onClick={(event) => void save('png', event.currentTarget)}
        >
          {t.png}
        </button>
        <button
          type="button"
          className="button"
          onClick={(event) => void save('svg', event.currentTarget)}
        >
          {t.svg}
        </button>
      </div>
      {embedHref ? (
        <>
          <label htmlFor={codeId} className="take-away__label">
            {t.embedLabel}
          </label>
          <textarea
            id={codeId}
            className="take-away__code"
            readOnly
            rows={3}
            value={iframeCode(new URL(embedHref, window.location.href).href, text.title)}
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      ) : null}
      <p className="take-away__status" role="status">
        {status}
      </p>
    </>
  );
}

/** The snippet another page pastes: the chart alone, at the width of its column. */
export function iframeCode(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
