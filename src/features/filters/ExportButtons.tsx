import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { claimsTable, datasetSubset, incidentsGeoJson, incidentsTable, type Table } from '../../domain/export';
import { downloadText, toCsv } from '../../lib/csv';
import { useSelection } from '../../state/selection';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Downloads of exactly what is shown, made in the browser: nothing is sent anywhere. */
export function ExportButtons() {
  const { t } = useTranslation('filters');
  const { model, selection } = useSelection();
  const [hxl, setHxl] = useState(false);
  const csv = (table: Table, name: string) =>
    downloadText(toCsv(table.rows, table.columns), `rasd-${name}-${stamp()}.csv`);
  // The Parquet writer loads on first use, so it never weighs on the page's first load.
  const parquet = async (table: Table, name: string) => {
    const { tableToParquet } = await import('../../domain/parquet');
    downloadText(tableToParquet(table), `rasd-${name}-${stamp()}.parquet`, 'application/vnd.apache.parquet');
  };
  const json = (value: unknown, name: string, ext: string, type: string) =>
    downloadText(JSON.stringify(value, null, 1), `rasd-${name}-${stamp()}.${ext}`, type);

  return (
    <fieldset className="filter-group export">
      <legend>{t('export.legend')}</legend>
      <div className="export-buttons">
        <button type="button" onClick={() => csv(claimsTable(selection, model), 'claims')}>
          {t('export.claimsCsv')}
        </button>
        <button type="button" onClick={() => csv(incidentsTable(selection, model, { hxl }), 'incidents')}>
          {t('export.incidentsCsv')}
        </button>
        <label className="small">
          <input type="checkbox" checked={hxl} onChange={(e) => setHxl(e.target.checked)} /> {t('export.hxl')}
        </label>
        <button type="button" onClick={() => void parquet(claimsTable(selection, model), 'claims')}>
          {t('export.claimsParquet')}
        </button>
        <button type="button" onClick={() => void parquet(incidentsTable(selection, model), 'incidents')}>
          {t('export.incidentsParquet')}
        </button>
        <button
          type="button"
          onClick={() => json(incidentsGeoJson(selection, model), 'incidents', 'geojson', 'application/geo+json')}
        >
          {t('export.geojson')}
        </button>
        <button
          type="button"
          onClick={() =>
            json(
              datasetSubset(selection, model, { generatedAt: new Date().toISOString(), title: t('export.title') }),
              'dataset',
              'json',
              'application/json',
            )
          }
        >
          {t('export.json')}
        </button>
      </div>
      <p className="muted small">{t('export.note')}</p>
    </fieldset>
  );
}
