import './take-away.css';
import { useId, useState } from 'react';
import { withWords } from '../../i18n/lazy-words';
import { m } from '../../i18n/messages';
import { LazyPanel, lazyModule } from '../lazy-panel';
import type { ChartImageText } from './chart-image';

/** What the button opens, and its words: loaded when it is first opened. */
const takeAwayPanel = lazyModule(() => withWords(['takeAway'], import('./take-away-panel')));

export interface ChartTakeAwayProps {
  /** The words written into the image (the page's address is added when it is made). */
  readonly text: Omit<ChartImageText, 'address'>;
  /** The files' name, without extension: "russia-daily-cases-2020-05-03_2020-05-07". */
  readonly fileName: string;
  /** The address of this chart alone (`embed=`), for the iframe; absent: no embed code. */
  readonly embedHref?: string | undefined;
  /** False while the chart is not drawn yet. */
  readonly ready: boolean;
}

/**
 * A chart's (or the map's) "take away" controls, behind one button: Download PNG, Download SVG
 * and the code to embed the chart in another page. What the button opens loads when it is first
 * opened, and the image code on the first download.
 */
export function ChartTakeAway({ text, fileName, embedHref, ready }: ChartTakeAwayProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const t = m().charts.takeAway;
  return (
    <div className="take-away" data-take-away-controls>
      <button
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
          <LazyPanel module={takeAwayPanel} what={t.button} placeholderHeight="6rem" eager>
            {({ TakeAwayPanel }) => (
              <TakeAwayPanel text={text} fileName={fileName} embedHref={embedHref} />
            )}
          </LazyPanel>
        ) : null}
      </div>
    </div>
  );
}
