import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The module map is written into the lint config (eslint.config.js, rule `rasd/module-map`), not a wiki: these cases
 * lint a one-line snippet as if it were a file at the given path, and fail if the rule stops firing (or fires on an
 * import the map allows). The tree itself is checked by `npm run lint`.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function moduleMapErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'rasd/module-map').map((m) => m.message);
}

const forbidden: Array<[string, string, string, RegExp]> = [
  [
    'a feature imports another feature',
    'src/features/charts/X.tsx',
    "import { MapPanel } from '../map/MapPanel';",
    /features\/charts may not import features\/map/,
  ],
  [
    'lib imports state',
    'src/lib/X.ts',
    "import { useViewState } from '../state/viewState';",
    /lib may not import state\//,
  ],
  [
    'lib imports a value from domain',
    'src/lib/X.ts',
    "import { Claim } from '../domain/schema';",
    /lib may not import domain\//,
  ],
  [
    'i18n imports a feature',
    'src/i18n/X.ts',
    "import { strings } from '../features/map/strings';",
    /i18n may not import features\//,
  ],
  [
    'domain imports lib',
    'src/domain/X.ts',
    "import { formatter } from '../lib/format';",
    /domain may not import lib\//,
  ],
  [
    'ingest imports the app',
    'src/ingest/steps/X.ts',
    "import { App } from '../../app/App';",
    /ingest may not import app\//,
  ],
  [
    'state imports a feature',
    'src/state/X.ts',
    "import { MapPanel } from '../features/map/MapPanel';",
    /state may not import features\//,
  ],
  [
    'state imports dataset code (only its types)',
    'src/state/X.ts',
    "import { buildModel } from '../dataset/model';",
    /state may not import dataset\//,
  ],
  [
    'state imports i18n',
    'src/state/X.ts',
    "import { syncDocumentLanguage } from '../i18n';",
    /state may not import i18n\//,
  ],
  [
    'dataset imports state',
    'src/dataset/X.ts',
    "import { useViewState } from '../state/viewState';",
    /dataset may not import state\//,
  ],
  [
    'dataset imports a feature',
    'src/dataset/X.ts',
    "import { MapPanel } from '../features/map/MapPanel';",
    /dataset may not import features\//,
  ],
  ['dataset imports the app', 'src/dataset/X.ts', "import { App } from '../app/App';", /dataset may not import app\//],
  [
    'a re-export counts',
    'src/lib/X.ts',
    "export { useViewState } from '../state/viewState';",
    /lib may not import state\//,
  ],
  [
    'a dynamic import counts',
    'src/features/map/X.ts',
    "export const load = () => import('../report/ReportView');",
    /features\/map may not import features\/report/,
  ],
];

const allowed: Array<[string, string, string]> = [
  [
    'a feature imports its own files, one folder deeper too',
    'src/features/map/sub/X.ts',
    "import { presets } from '../presets';",
  ],
  [
    'a feature imports state, lib, domain',
    'src/features/map/X.ts',
    "import { useViewState } from '../../state/viewState';\nimport { formatter } from '../../lib/format';\nimport { applyFilters } from '../../domain/filter';",
  ],
  ['lib names a domain type', 'src/lib/X.ts', "import type { Claim } from '../domain/schema';"],
  [
    'state imports domain and lib, and names the dataset model type',
    'src/state/X.ts',
    "import { EMPTY_FILTERS } from '../domain/filter';\nimport { preferences } from '../lib/preferences';\nimport type { DatasetModel } from '../dataset/model';",
  ],
  [
    'dataset imports domain, lib and the ingest pipeline',
    'src/dataset/X.ts',
    "import { Claim } from '../domain/schema';\nimport { decodeText } from '../lib/text';\nimport { prepare } from '../ingest/prepare';",
  ],
  ['ingest imports domain', 'src/ingest/X.ts', "import { Claim } from '../domain/schema';"],
  ['the app composes features', 'src/app/X.ts', "import { strings } from '../features/map/strings';"],
  [
    'data files outside src/ are not part of the map',
    'src/ingest/X.ts',
    "import places from '../../data/places/places.json';",
  ],
];

describe('module map (ESLint rasd/module-map)', () => {
  it.each(forbidden)(
    '%s → error',
    async (_name, file, code, message) => {
      const errors = await moduleMapErrors(file, code);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
    },
    60_000,
  );

  it.each(allowed)(
    '%s → no error',
    async (_name, file, code) => {
      expect(await moduleMapErrors(file, code)).toEqual([]);
    },
    60_000,
  );
});
