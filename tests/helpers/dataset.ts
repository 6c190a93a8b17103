import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/domain/schema';
import { validateDataset, type ValidDataset } from '../../src/domain/validate';
import { buildModel, type DatasetModel } from '../../src/dataset/model';

/**
 * "The shipped data" for unit and component tests is a frozen copy (tests/fixtures/dataset-v2, see its README): tests
 * may state its counts, and rebuilding public/data does not break them. Paths are cwd-relative: jsdom cannot read
 * file: URLs.
 */
export const FROZEN_DIR = 'tests/fixtures/dataset-v2';

/** The frozen copy of the shipped dataset, as the app would fetch it. */
export function shippedRaw(): Dataset {
  return JSON.parse(readFileSync(`${FROZEN_DIR}/dataset.json`, 'utf8')) as Dataset;
}

export function shippedValid(): ValidDataset {
  const result = validateDataset(shippedRaw());
  if (!result.ok) throw new Error(result.detail);
  return result.dataset;
}

export function shippedModel(): DatasetModel {
  return buildModel(shippedValid());
}

/** The text of a report of the frozen dataset (its `file`), NFC, as offsets index it. */
export function reportText(file: string): string {
  return readFileSync(`${FROZEN_DIR}/reports/${file}`, 'utf8').normalize('NFC');
}

/** The live shipped dataset, public/data/dataset.json: only for the tests that check what is shipped. */
export function liveShippedRaw(): Dataset {
  return JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
}

/** The text of a live shipped report (data/reports/), NFC. */
export function liveReportText(file: string): string {
  return readFileSync(`data/reports/${file}`, 'utf8').normalize('NFC');
}
