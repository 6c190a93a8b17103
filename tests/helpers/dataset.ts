import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/domain/schema';
import { validateDataset, type ValidDataset } from '../../src/domain/validate';
import { buildModel, type DatasetModel } from '../../src/dataset/model';

/** The shipped dataset as the app serves it (cwd-relative: jsdom cannot read file: URLs). */
export function shippedRaw(): Dataset {
  return JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
}

export function shippedValid(): ValidDataset {
  const result = validateDataset(shippedRaw());
  if (!result.ok) throw new Error(result.detail);
  return result.dataset;
}

export function shippedModel(): DatasetModel {
  return buildModel(shippedValid());
}

/** The text of a shipped report, NFC, as offsets index it. */
export function reportText(file: string): string {
  return readFileSync(`data/reports/${file}`, 'utf8').normalize('NFC');
}
