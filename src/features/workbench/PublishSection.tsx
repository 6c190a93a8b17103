import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../domain/schema';
import { downloadText } from '../../lib/csv';
import { decisionsToCorrections, exportZip, reviewedDataset } from '../../dataset/localExport';
import type { LocalData } from '../../dataset/localStore';
import { useModel } from '../../state/selection';
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
  const { t: tc } = useTranslation('common');
  const model = useModel();
  const clear = useClearLocal();
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [words, setWords] = useState<{ status: 'idle' | 'loading' } | { status: 'failed'; count: number }>({
    status: 'idle',
  });
  /**
   * The views' model has imported claims merged in; the export re-assembles from the loaded records + the device's.
   * A published core's claims are summaries: their details are read first (every chunk), and a claim whose details
   * cannot be read stops the export rather than writing a dataset without its quote.
   */
  const dataset = async () => {
    const ids = model.claims.filter((c) => !local.claims.some((l) => l.id === c.id)).map((c) => c.id);
    let results = model.details.peek(ids);
    let messages = model.details.messagesNow();
    if (!results || !messages) {
      setWords({ status: 'loading' });
      [results, messages] = await Promise.all([model.details.claims(ids), model.details.messages().catch(() => null)]);
    }
    const claims: Claim[] = [];
    for (const r of results.values()) if (r.ok) claims.push(r.claim);
    if (claims.length < ids.length || !messages) {
      setWords({ status: 'failed', count: ids.length - claims.length });
      return null;
    }
    setWords({ status: 'idle' });
    const base = {
      ...model,
      reports: model.reports.filter((r) => !local.reports.some((l) => l.report.id === r.id)),
      claims,
      // The merged model's messages include the device's: the export adds those from `local` itself.
      messages: messages.filter((m) => !local.reports.some((l) => l.report.id === m.report_id)),
    };
    return reviewedDataset(base, local, new Date().toISOString());
  };
  const empty = local.reports.length === 0;
  return (
    <section className="wb-publish" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('publish.heading')}</h3>
      <div className="wb-row">
        <button
          type="button"
          disabled={empty}
          onClick={() =>
            void dataset().then(
              (d) => d && downloadText(JSON.stringify(d, null, 1), `rasd-reviewed-${stamp()}.json`, 'application/json'),
            )
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
          onClick={() =>
            void dataset().then((d) => d && downloadBytes(exportZip(local, d), `rasd-reports-${stamp()}.zip`))
          }
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
      {words.status === 'loading' ? (
        <p role="status">{tc('details.exportLoading')}</p>
      ) : words.status === 'failed' ? (
        <p role="alert">{tc('details.exportFailed', { count: words.count })}</p>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
