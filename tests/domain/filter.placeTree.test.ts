import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/dataset/model';
import { buildPlaceTree, flattenTree, searchPlaceTree, type PlaceNode } from '../../src/domain/placeTree';
import { validateDataset } from '../../src/domain/validate';

const result = validateDataset(JSON.parse(readFileSync('tests/fixtures/dataset-v2/dataset.json', 'utf8')));
if (!result.ok) throw new Error(result.detail);
const model = buildModel(result.dataset);
const tree = buildPlaceTree([...model.incidents, ...model.tallies], model.placesById);
const outline = (nodes: readonly PlaceNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? { [n.place.id]: outline(n.children) } : n.place.id));

describe('buildPlaceTree', () => {
  it('nests the places events happen in: governorate → district → city → neighbourhood → landmark; regions last', () => {
    expect(outline(tree)).toEqual([
      { 'gov-SY02': [{ 'gn-170063': ['rasd-aleppo-university-hospital'] }] },
      { 'gov-SY09': ['gn-174506'] },
      { 'gov-SY07': [{ 'gn-169389': ['rasd-idlib-qusour-khamara-shamali'] }] },
      {
        'gov-SY11': [
          { 'gn-172955': ['rasd-raqqa-harat-al-badu'] },
          'gn-172134',
          { 'gn-173701': ['rasd-raqqa-jazra-junction'] },
        ],
      },
      { 'gov-SY03': ['rasd-eastern-ghouta'] },
      'rasd-region-idlib-aleppo',
      'rasd-region-idlib-rif-dimashq',
    ]);
  });

  it('leaves out places no event lies in (the al-Shamali neighbourhood) and records depth', () => {
    const all = flattenTree(tree);
    expect(all.some((n) => n.place.id === 'ocha-N0355')).toBe(false);
    expect(all.find((n) => n.place.id === 'rasd-raqqa-jazra-junction')?.depth).toBe(2);
  });
});

describe('searchPlaceTree', () => {
  it('finds إدلب written ادلب, with its ancestors, in Arabic or English', () => {
    expect([...(searchPlaceTree(tree, 'ادلب') ?? [])].sort()).toEqual(
      ['gn-169389', 'gov-SY07', 'rasd-region-idlib-aleppo', 'rasd-region-idlib-rif-dimashq'].sort(),
    );
    expect([...(searchPlaceTree(tree, 'jazra') ?? [])].sort()).toEqual(
      ['gn-173701', 'gov-SY11', 'rasd-raqqa-jazra-junction'].sort(),
    );
  });

  it('an empty search shows everything', () => {
    expect(searchPlaceTree(tree, '  ')).toBeNull();
  });
});
