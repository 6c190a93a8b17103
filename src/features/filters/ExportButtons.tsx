import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  claimsTable,
  datasetSubset,
  exportClaimIds,
  exportFileStem,
  incidentsGeoJson,
  incidentsTable,
  type ClaimsExportInput,
  type Table,
} from '../../domain/export';
import type { Claim } from '../../domain/schema';
import { dataDictionary, localizeTable, type CodeLabel, type ExportLanguage } from '../../domain/dataDictionary';
import { downloadText, toCsv } from '../../lib/csv';
import type { SelectionPass } from '../../domain/selectionPass';
import type { FilterState } from '../../domain/filter';
import { useLatestSelection, useModel } from '../../state/selection';
import { searchOf } from '../../state/urlSync';
import { useViewState, useViewStore } from '../../state/viewState';

type Name = 'claims' | 'incidents' | 'dataset';
type Content = string | ArrayBuffer;
/** The selection and filters on screen when an export button is pressed. */
interface Shown {
  selection: SelectionPass;
  filters: FilterState;
  /** The view's query string, as the address shows it once written (it may not be yet, right after a change). */
  search: string;
}

/** The exports that carry quotes wait for the selection's claim details: `loading`, or `failed` for `count` claims. */
type WordsState = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; count: number };

/**
 * Downloads of exactly what is shown, made in the browser: nothing is sent anywhere. Each is one zip holding the
 * file and its data dictionary, so the dictionary cannot be lost on the way (a second download would be blocked
 * by browsers as "multiple files" or missed); fflate loads on the first click.
 */
export const ExportButtons = memo(function ExportButtons() {
  const { t } = useTranslation('filters');
  const { t: tc } = useTranslation('common');
  // The selection and the filters are read when a button is used, so a filter click does not re-render the exports.
  const model = useModel();
  const latest = useLatestSelection();
  const store = useViewStore();
  // What is shown when a button is pressed: every file of that press is made from it, however long the words take.
  const shownNow = (): Shown => ({
    selection: latest.current as SelectionPass,
    filters: store.getState().filters,
    search: searchOf(store.getState()),
  });
  const { language } = useViewState('language');
  const [hxl, setHxl] = useState(false);
  const [words, setWords] = useState<WordsState>({ status: 'idle' });
  // Follows the UI language until the user chooses.
  const [arabicChoice, setArabic] = useState<boolean | null>(null);
  const arabic = arabicChoice ?? language === 'ar';
  const lang: ExportLanguage = arabic ? 'ar' : 'en';
  const governoratesAr = useMemo(
    () =>
      new Map(
        [...model.placesById.values()]
          .filter((p) => p.kind === 'governorate')
          .map((p) => [p.name_en, p.names_ar[0] ?? p.name_en]),
      ),
    [model.placesById],
  );
  const label: CodeLabel = (group, code) =>
    group === 'governorate'
      ? lang === 'ar'
        ? (governoratesAr.get(code) ?? code)
        : code
      : tc(`vocab.${group}.${code}`, { lng: lang });

  const download = async (shown: Shown, name: Name, ext: string, content: Content, tables: Table[]) => {
    const { selection } = shown;
    const stem = exportFileStem(name, shown.filters);
    const file = `${stem}.${ext}`;
    const dictionary = dataDictionary({
      language: lang,
      files: [file],
      tables,
      label,
      generatedAt: new Date().toISOString(),
      selection: t('export.selection', {
        lng: lang,
        incidents: selection.incidents.length,
        tallies: selection.tallies.length,
      }),
      filterQuery: stem.endsWith('all-dates') ? '' : shown.search,
    });
    const { strToU8, zipSync } = await import('fflate');
    const bytes = typeof content === 'string' ? strToU8(content) : new Uint8Array(content);
    const zip = zipSync({ [file]: bytes, 'data-dictionary.md': strToU8(dictionary) });
    const buffer = zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer;
    downloadText(buffer, `${file}.zip`, 'application/zip');
  };
  const csv = (shown: Shown, table: Table, name: Name) => {
    const localized = localizeTable(table, lang, label, { hxl: hxl && name === 'incidents' });
    void download(shown, name, 'csv', toCsv(localized.rows, localized.columns), [table]);
  };
  // The Parquet writer loads on first use, so it never weighs on the page's first load. Machine formats keep codes.
  const parquet = async (shown: Shown, table: Table, name: Name) => {
    const { tableToParquet } = await import('../../domain/parquet');
    await download(shown, name, 'parquet', tableToParquet(table), [table]);
  };
  const json = (shown: Shown, value: unknown, name: Name, ext: string, tables: Table[]) =>
    void download(shown, name, ext, JSON.stringify(value, null, 1), tables);
  /**
   * Runs `make` on the selection's whole claims: at once when they are in memory, else once their detail chunks are
   * read. A claim whose words cannot be read stops the export (a file never goes out with quotes missing).
   */
  const withWords = async (shown: Shown, make: (input: ClaimsExportInput) => void | Promise<void>) => {
    const ids = exportClaimIds(shown.selection);
    let results = model.details.peek(ids);
    if (!results) {
      setWords({ status: 'loading' });
      results = await model.details.claims(ids);
    }
    const claimsById = new Map<string, Claim>();
    let failed = 0;
    for (const r of results.values()) {
      if (r.ok) claimsById.set(r.claim.id, r.claim);
      else failed++;
    }
    if (failed > 0) {
      setWords({ status: 'failed', count: failed });
      return;
    }
    setWords({ status: 'idle' });
    await make({ ...model, claimsById });
  };
  const waiting = words.status === 'loading';

  return (
    <fieldset className="filter-group export">
      <legend>{t('export.legend')}</legend>
      <div className="export-buttons">
        <button
          type="button"
          disabled={waiting}
          aria-busy={waiting}
          onClick={() => {
            const shown = shownNow();
            void withWords(shown, (input) => csv(shown, claimsTable(shown.selection, input), 'claims'));
          }}
        >
          {t('export.claimsCsv')}
        </button>
        <button
          type="button"
          onClick={() => {
            const shown = shownNow();
            csv(shown, incidentsTable(shown.selection, model, { hxl }), 'incidents');
          }}
        >
          {t('export.incidentsCsv')}
        </button>
        <label className="small">
          <input type="checkbox" checked={hxl} onChange={(e) => setHxl(e.target.checked)} /> {t('export.hxl')}
        </label>
        <label className="small">
          <input type="checkbox" checked={arabic} onChange={(e) => setArabic(e.target.checked)} /> {t('export.arabic')}
        </label>
        <button
          type="button"
          disabled={waiting}
          aria-busy={waiting}
          onClick={() => {
            const shown = shownNow();
            void withWords(shown, (input) => parquet(shown, claimsTable(shown.selection, input), 'claims'));
          }}
        >
          {t('export.claimsParquet')}
        </button>
        <button
          type="button"
          onClick={() => {
            const shown = shownNow();
            void parquet(shown, incidentsTable(shown.selection, model), 'incidents');
          }}
        >
          {t('export.incidentsParquet')}
        </button>
        <button
          type="button"
          onClick={() => {
            const shown = shownNow();
            const table = incidentsTable({ incidents: shown.selection.incidents, tallies: [] }, model);
            json(shown, incidentsGeoJson(shown.selection, model), 'incidents', 'geojson', [table]);
          }}
        >
          {t('export.geojson')}
        </button>
        <button
          type="button"
          disabled={waiting}
          aria-busy={waiting}
          onClick={() => {
            const shown = shownNow();
            void withWords(shown, async (input) =>
              json(
                shown,
                await datasetSubset(shown.selection, input, {
                  generatedAt: new Date().toISOString(),
                  title: t('export.title'),
                }),
                'dataset',
                'json',
                [claimsTable(shown.selection, input), incidentsTable(shown.selection, model)],
              ),
            );
          }}
        >
          {t('export.json')}
        </button>
      </div>
      {words.status === 'loading' ? (
        <p className="muted small" role="status">
          {tc('details.exportLoading')}
        </p>
      ) : words.status === 'failed' ? (
        <p className="small" role="alert">
          {tc('details.exportFailed', { count: words.count })}
        </p>
      ) : null}
      <p className="muted small">{t('export.note')}</p>
    </fieldset>
  );
});
