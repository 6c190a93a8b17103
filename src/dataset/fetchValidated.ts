import { validateDataset, type ValidDataset } from '../domain/validate';
import { DatasetLoadError, openDataset, parseJson, readText, type Progress } from './fetchFile';

export {
  DatasetLoadError,
  concatBytes,
  isFileResponse,
  openDataset,
  parseJson,
  readText,
  type LoadErrorKind,
  type Progress,
} from './fetchFile';

/**
 * Validates a parsed dataset; throws a DatasetLoadError saying why a file is not a dataset. `schemaChecked`: the
 * site build validated these exact bytes (buildChecked.ts), so the per-record schema is skipped.
 */
export function checkParsed(raw: unknown, schemaChecked = false): ValidDataset {
  const result = validateDataset(raw, { schemaChecked });
  if (!result.ok) throw new DatasetLoadError('not-a-dataset', result.detail);
  return result.dataset;
}

/** Parses and validates a dataset's text, every record. */
export const parseValidated = (text: string): ValidDataset => checkParsed(parseJson(text));

/**
 * Fetches, parses and validates a dataset, reporting download progress. Runs in the dataset worker in the browser
 * (so a 100k-incident file never freezes the page) and inline where workers do not exist (tests).
 */
export async function fetchValidated(
  url: string,
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
): Promise<ValidDataset> {
  const { response, total } = await openDataset(url, signal);
  return parseValidated(await readText(response, total, onProgress));
}
