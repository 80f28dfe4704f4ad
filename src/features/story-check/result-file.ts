/**
 * A check as plain text, to download when the text is too long to travel in a link (or to keep):
 * the text, the report used and each figure's verdict and reason.
 */
import type { FigureCheck, ReportDating, StoryCheck } from '../../data/story-check/types';
import { m } from '../../i18n/messages';

interface Describer {
  readonly describeCheck: (check: FigureCheck) => string;
  readonly describeDating: (dating: ReportDating) => string;
}

export function resultAsText(text: string, result: StoryCheck, describe: Describer): string {
  const t = m().storyCheck;
  const lines = [
    t.resultFile.title,
    '',
    `${t.resultFile.report}: ${describe.describeDating(result.dating)}`,
    '',
    ...result.figures.map(
      (check, i) =>
        `${i + 1}. ${t.resultFile.figure} “${check.figure.text}”: ${t.verdicts[check.verdict]}. ${describe.describeCheck(check)}`,
    ),
    '',
    '—',
    '',
    text.slice(0, result.readLength),
  ];
  return `${lines.join('\n')}\n`;
}
