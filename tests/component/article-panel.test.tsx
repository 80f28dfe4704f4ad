import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedOfficialDataset, shippedRegions } from '../../scripts/lib/story-data';
import { sourceArticle } from '../../src/data/article';
import { setFormatLocale } from '../../src/data/format';
import { checkStory } from '../../src/data/story-check/check-story';
import { ArticlePanel } from '../../src/features/article/article-panel';
import { m, setCatalogue } from '../../src/i18n/messages';
import { article as ruArticle } from '../../src/i18n/ru/article';
import { ru as ruStart } from '../../src/i18n/ru/index';
import { storyCheck as ruStoryCheck } from '../../src/i18n/ru/story-check';
import { d } from '../fixtures/reports';
import { renderWithQuery, stubFetch } from './render';

const allData = { from: d('2020-01-31'), to: d('2022-01-20') };
const storyText = readFileSync(
  join(import.meta.dirname, '../../public/article/source-article.txt'),
  'utf8',
);

function renderPanel(props: Partial<Parameters<typeof ArticlePanel>[0]> = {}) {
  const onFocusDate = vi.fn();
  renderWithQuery(
    <ArticlePanel shownRange={allData} focusedDate={null} onFocusDate={onFocusDate} {...props} />,
  );
  return onFocusDate;
}

const marks = () => [...document.querySelectorAll<HTMLElement>('button.claim-mark')];
const checkedMarks = () => marks().filter((mark) => mark.dataset.verdict);
const listed = () => [...document.querySelectorAll<HTMLElement>('.claims__item')];

/** The marks, once the data has arrived and every one carries its verdict. */
async function marksChecked() {
  await screen.findByText(/Russia’s new coronavirus epidemic continues/);
  await waitFor(() => {
    expect(marks().length).toBeGreaterThan(0);
    expect(checkedMarks()).toHaveLength(marks().length);
  });
  return marks();
}

/**
 * What "Check a story" answers for the story, with every region's name and series at hand: the
 * panel must mark each of these figures (but for the headline's repeat, shown once), with the
 * same verdict and report.
 */
function engineFigures() {
  const { figures } = checkStory(storyText, {
    publicationDate: sourceArticle.newsDate,
    regions: shippedRegions(),
    datasetFor: shippedOfficialDataset,
  });
  const repeat = storyText.indexOf(sourceArticle.headline, 1);
  return figures.filter(
    ({ figure }) =>
      figure.span.end <= repeat || figure.span.start >= repeat + sourceArticle.headline.length,
  );
}

describe('ArticlePanel', () => {
  it('shows headline, news date and the report date its figures come from', async () => {
    stubFetch();
    renderPanel();
    expect(
      screen.getByRole('heading', { name: /Russia has more than 10,000 new diagnoses/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/News date/)).toHaveTextContent(
      'News date 8 May 2020 · figures from the official report of 7 May 2020',
    );
    expect(screen.getByText('That report is within the dates shown.')).toBeInTheDocument();
    expect(
      await screen.findByText(/Alexei Nikolsky, Sputnik, Kremlin Pool Photo via AP/),
    ).toBeInTheDocument();
  });

  it('marks every figure the story check finds, where it finds it, with its verdict and report', async () => {
    stubFetch();
    renderPanel();
    const shown = await marksChecked();
    const expected = engineFigures();
    expect(
      shown.map((mark) => [mark.textContent, mark.dataset.verdict, mark.dataset.reportDate]),
    ).toEqual(
      expected.map((check) => [`${check.figure.text} ✓ Verified`, check.verdict, check.reportDate]),
    );
    // The headline, the run stated again in the first sentence, and the story's four claims.
    expect(shown.map((mark) => mark.textContent)).toEqual([
      '10,000 ✓ Verified',
      '10,000 ✓ Verified',
      '11,231 ✓ Verified',
      '10,000 ✓ Verified',
      '177,000 ✓ Verified',
      '1,600 ✓ Verified',
    ]);
    expect(shown.every((mark) => mark.dataset.reportDate === '2020-05-07')).toBe(true);
    expect(within(screen.getByRole('heading', { level: 3 })).getAllByRole('button')).toHaveLength(
      1,
    );
  });

  it('places each mark at the span the engine gives, losing no character of the text', async () => {
    stubFetch();
    renderPanel();
    await marksChecked();
    const expected = engineFigures();
    const body = document.querySelector('.article-panel__body') as HTMLElement;
    const headline = screen.getByRole('heading', { level: 3 });
    for (const [part, start] of [
      [headline, 0],
      ...[...body.querySelectorAll('p')].map((p) => [p, storyText.indexOf(textOf(p))] as const),
    ] as const) {
      const text = textOf(part);
      expect(storyText.slice(start, start + text.length)).toBe(text);
      // Each mark's offset in the whole text, from the text before it in its part.
      const offsets = [...part.querySelectorAll<HTMLElement>('button.claim-mark')].map(
        (mark) => start + textBefore(part, mark).length,
      );
      const inPart = expected.filter(
        ({ figure }) => figure.span.start >= start && figure.span.end <= start + text.length,
      );
      expect(offsets).toEqual(inPart.map(({ figure }) => figure.span.start));
    }
  });

  it('gives each figure its one-line reason, as the story check words it', async () => {
    stubFetch();
    renderPanel();
    const shown = await marksChecked();
    const describe = m().storyCheck.describer((code) => code);
    engineFigures().forEach((check, i) => {
      expect(shown[i]).toHaveAccessibleDescription(describe.describeCheck(check));
    });
    expect(shown[2]).toHaveAccessibleDescription(
      'The report of 7 May 2020 has 11,231 new cases, more than on any earlier day (the highest before: 10,633 on 3 May 2020).',
    );
    expect(shown[3]).toHaveAccessibleDescription(
      'New figures were above 10,000 on 5 consecutive days, 3 May 2020 to 7 May 2020.',
    );
    expect(shown[4]).toHaveAccessibleDescription(
      'The report of 7 May 2020 has 177,160 total cases, more than 177,000.',
    );
    expect(shown[5]).toHaveAccessibleDescription(
      'The report of 7 May 2020 has 1,625 total deaths, more than 1,600.',
    );
    expect(listed().map((item) => [item.dataset.verdict, item.dataset.reportDate])).toEqual(
      shown.map((mark) => [mark.dataset.verdict, mark.dataset.reportDate]),
    );
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(
      "The story's figures, checked against the report of 7 May 2020",
    );
  });

  it('focuses the dashboard on the report date when a figure is activated, by click or keyboard', async () => {
    stubFetch();
    const onFocusDate = renderPanel();
    const shown = await marksChecked();
    await userEvent.click(shown[2] as HTMLElement);
    expect(onFocusDate).toHaveBeenLastCalledWith('2020-05-07');
    (shown[5] as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(onFocusDate).toHaveBeenCalledTimes(2);
  });

  it('says when the report date is outside the dates shown', () => {
    stubFetch();
    renderPanel({ shownRange: { from: d('2021-01-01'), to: d('2021-12-31') } });
    expect(
      screen.getByText(/That report is outside the dates shown \(1 Jan 2021 to 31 Dec 2021\)/),
    ).toBeInTheDocument();
  });

  it('still shows the story, its figures marked but unchecked, without data', async () => {
    stubFetch((path) => (path.startsWith('data/') ? 'network-error' : 'serve'));
    renderPanel({ shownRange: null });
    await screen.findByText(/Russia’s new coronavirus epidemic continues/);
    // The check comes after the text (from a worker, or here the engine loaded on demand).
    await waitFor(() => expect(marks()).toHaveLength(engineFigures().length));
    for (const mark of marks()) {
      expect(mark).toHaveTextContent('checking');
      expect(mark).not.toHaveAttribute('data-verdict');
      expect(mark).not.toHaveAttribute('data-report-date');
      expect(mark).toHaveAccessibleDescription(
        'The figures are not loaded, so this cannot be checked yet.',
      );
    }
  });

  it('renders the story as text, never as HTML', async () => {
    // No digit in the markup: a number in it would be a figure, marked (and so split off).
    const hostile = storyText.replace(
      'President Putin held',
      '<img src=x onerror="alert(document.domain)"><b>bold</b> President Putin held',
    );
    stubFetch((path) => (path.startsWith('article/') ? { body: hostile } : 'serve'));
    const { container } = renderWithQuery(
      <ArticlePanel shownRange={allData} focusedDate={null} onFocusDate={vi.fn()} />,
    );
    expect(
      await screen.findByText(/<img src=x onerror="alert\(document.domain\)"><b>bold<\/b>/),
    ).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('offers Retry when the text cannot be loaded, and checks the story once it is', async () => {
    let fail = true;
    stubFetch((path) => (path.startsWith('article/') && fail ? 'http-500' : 'serve'));
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The text of the story could not be loaded (the server answered 500).',
    );
    expect(marks()).toEqual([]);
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await marksChecked()).toHaveLength(engineFigures().length);
  });

  describe('in Russian', () => {
    const english = m();
    afterEach(() => {
      setCatalogue('en', english);
      setFormatLocale('en');
    });

    it('words the verdicts and reasons in Russian, the story staying in English', async () => {
      setFormatLocale('ru');
      setCatalogue('ru', { ...ruStart, article: ruArticle, storyCheck: ruStoryCheck });
      stubFetch();
      renderPanel();
      const shown = await marksChecked();
      expect(shown[2]).toHaveTextContent('11,231 ✓ Подтверждено');
      expect(shown[2]?.querySelector('.claim-mark__badge')).toHaveAttribute('lang', 'ru');
      expect(shown[2]?.closest('[lang="en"]')).not.toBeNull();
      expect(shown[2]).toHaveAccessibleDescription(
        'По сводке от 7 мая 2020 г. новых случаев — 11\u00a0231: больше, чем в любой из предыдущих дней (прежний максимум — 10\u00a0633 по сводке от 3 мая 2020 г.).',
      );
      expect(shown[3]).toHaveAccessibleDescription(
        'Новых случаев было больше 10\u00a0000 на протяжении 5 дней подряд: с 3 мая 2020 г. по 7 мая 2020 г.',
      );
    });
  });
});

/** The text of a part of the story as the reader reads it: without the marks' badges. */
function textOf(part: Element): string {
  return [...part.childNodes].map((node) => figureOrText(node)).join('');
}

/** The text of `part` before `mark`, as in `textOf`. */
function textBefore(part: Element, mark: Element): string {
  const nodes = [...part.childNodes];
  return nodes
    .slice(0, nodes.indexOf(mark))
    .map((node) => figureOrText(node))
    .join('');
}

function figureOrText(node: Node): string {
  if (node instanceof HTMLElement && node.matches('button.claim-mark')) {
    return node.firstChild?.textContent ?? '';
  }
  return node.textContent ?? '';
}
