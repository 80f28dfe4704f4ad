/**
 * Fetches the shipped report file and turns it into the dataset. Every way this can fail becomes a
 * `DatasetLoadError` that says what went wrong in words a reader of the page understands.
 */
import { buildDataset, type Dataset } from './dataset';
import { describeProblem, parseReportFile, type ReportFileProblem } from './report-file';

export type DatasetLoadFailure =
  | { readonly kind: 'network'; readonly detail: string }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'invalid-file'; readonly problems: readonly ReportFileProblem[] };

export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  constructor(readonly failure: DatasetLoadFailure) {
    super(describeFailure(failure));
  }
}

function describeFailure(failure: DatasetLoadFailure): string {
  switch (failure.kind) {
    case 'network':
      return `The data could not be downloaded (${failure.detail}). Check your connection and try again.`;
    case 'http':
      return `The data could not be downloaded: the server answered ${failure.status}.`;
    case 'invalid-file':
      return `The data file is damaged, so no figures are shown rather than wrong ones. ${failure.problems
        .slice(0, 3)
        .map(describeProblem)
        .join(' ')}`;
  }
}

/** Turns the text of a report file into a dataset, or throws a `DatasetLoadError`. */
export function datasetFromText(text: string): Dataset {
  const parsed = parseReportFile(text);
  if (!parsed.ok) throw new DatasetLoadError({ kind: 'invalid-file', problems: parsed.problems });
  return buildDataset(parsed.reports, { provenance: parsed.meta });
}

export async function loadDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError({
      kind: 'network',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (!response.ok) throw new DatasetLoadError({ kind: 'http', status: response.status });
  return datasetFromText(await response.text());
}
