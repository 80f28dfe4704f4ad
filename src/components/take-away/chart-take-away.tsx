import './take-away.css';
import { useId, useRef, useState } from 'react';
import { m } from '../../i18n/messages';
import type { ChartImageText } from './chart-image';

interface ChartTakeAwayProps {
  /** The words written into the image (the page's address is added when it is made). */
  readonly text: Omit<ChartImageText, 'address'>;
  /** The files' name, without extension: "russia-daily-cases-2020-05-03_2020-05-07". */
  readonly fileName: string;
  /** The address of this chart alone (`embed=`), for the iframe; absent: no embed code. */
  readonly embedHref?: string;
  /** False while the chart is not drawn yet. */
  readonly ready: boolean;
}

/**
 * A chart's (or the map's) "take away" controls, behind one button: Download PNG, Download SVG and the code to
 * embed the chart in another page. The image code loads on the first download.
 */
export function ChartTakeAway({ text, fileName, embedHref, ready }: ChartTakeAwayProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const codeId = useId();
  const t = m().charts.takeAway;

  const save = async (kind: 'png' | 'svg') => {
    // The figure this belongs to marks itself and the element its drawing is in.
    const frame = toggle.current
      ?.closest('[data-take-away]')
      ?.querySelector<HTMLElement>('[data-take-away-frame]');
    if (!frame) return;
    try {
      const image = await import('./chart-image');
      const svg = image.chartSvgText(frame, { ...text, address: window.location.href });
      const blob =
        kind === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : await image.chartPngBlob(svg, 2);
      image.download(blob, `${fileName}.${kind}`);
      setStatus(t.saved(kind.toUpperCase()));
    } catch (error) {
      setStatus(t.failed(error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <div className="take-away">
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!ready}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {embedHref ? t.button : t.downloadButton}
      </button>
      <div id={panelId} className="take-away__panel" hidden={!open}>
        {open ? (
          <>
            <div className="take-away__downloads">
              <button type="button" className="button" onClick={() => void save('png')}>
                {t.png}
              </button>
              <button type="button" className="button" onClick={() => void save('svg')}>
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
        ) : null}
      </div>
    </div>
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
