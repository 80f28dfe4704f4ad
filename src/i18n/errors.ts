/** A failure to load, in the page's language: what went wrong, and what to do. */
import { DamagedFileError } from '../data/damaged-file';
import { DatasetLoadError } from '../data/load-dataset';
import { describeProblem } from '../data/report-file';
import { m } from './messages';

/**
 * The details of a damaged file stay as the checks word them (English): they are a diagnosis
 * for whoever publishes the file, quoted after the sentence that says what it means.
 */
function details(error: DatasetLoadError): string {
  const { failure } = error;
  return failure.kind === 'invalid-file'
    ? failure.problems.slice(0, 3).map(describeProblem).join(' ')
    : '';
}

/** A whole sentence for a notice. */
export function errorText(error: unknown): string {
  if (error instanceof DatasetLoadError) return m().app.loadFailure(error.failure, details(error));
  if (error instanceof DamagedFileError) {
    return m().app.damagedFile(error.file, error.problems.join(' '));
  }
  return error instanceof Error ? error.message : String(error);
}

/** A few words, for a sentence that says what could not be loaded. */
export function shortErrorText(error: unknown): string {
  if (error instanceof DamagedFileError) return m().app.damagedFileShort(error.file);
  if (!(error instanceof DatasetLoadError)) {
    return error instanceof Error ? error.message : String(error);
  }
  const { failure } = error;
  const first =
    failure.kind === 'invalid-file'
      ? failure.problems.slice(0, 1).map(describeProblem).join(' ')
      : '';
  return m().app.shortReason(failure, first);
}
