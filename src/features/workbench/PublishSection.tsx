import { useId, useState } from 'react';
import { downloadText } from '../../lib/csv';
import { decisionsToCorrections, exportZip, reviewedDataset } from '../../dataset/localExport';
import type { LocalData } from '../../dataset/localStore';
import { useSelection } from '../../state/selection';
import { useClearLocal } from './useWorkbench';
import { useWorkbenchT } from './useWorkbenchStrings';

const stamp = () => new Date().toISOString().slice(0, 10);

function downloadBytes(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download may start after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export what was reviewed (dataset, corrections, zip of reports + sidecars) and "Clear my data", asked first. */
export function PublishSection({ local }: { local: LocalData }) {
  const { t } = useWorkbenchT();
  const { model } = useSelection();
  const clear = useClearLocal();
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  // The views' model has imported claims merged in; the export re-assembles from the loaded records + the device's.
  const base = () => ({
    ...model,
    reports: model.reports.filter((r) => !local.reports.some((l) => l.report.id === r.id)),
    claims: model.claims.filter((c) => !local.claims.some((l) => l.id === c.id)),
  });
  const dataset = () => reviewedDataset(base(), local, new Date().toISOString());
  const empty = local.reports.length === 0;
  return (
    <section className="wb-publish" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('publish.heading')}</h3>
      <div className="wb-row">
        <button
          type="button"
          disabled={empty}
          onClick={() =>
            downloadText(JSON.stringify(dataset(), null, 1), `rasd-reviewed-${stamp()}.json`, 'application/json')
          }
        >
          {t('publish.dataset')}
        </button>
        <button
          type="button"
          disabled={empty}
          onClick={() =>
            downloadText(
              JSON.stringify(decisionsToCorrections(local.claims), null, 1),
              `rasd-corrections-${stamp()}.json`,
              'application/json',
            )
          }
        >
          {t('publish.corrections')}
        </button>
        <button
          type="button"
          disabled={empty}
          onClick={() => downloadBytes(exportZip(local, dataset()), `rasd-reports-${stamp()}.zip`)}
        >
          {t('publish.zip')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={empty}
          onClick={() => {
            if (!window.confirm(t('publish.confirm'))) return;
            clear().then(
              () => setMessage(t('publish.cleared')),
              (e: unknown) => setMessage(t('storage.other', { detail: String(e) })),
            );
          }}
        >
          {t('publish.clear')}
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
