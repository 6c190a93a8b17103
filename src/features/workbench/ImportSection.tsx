import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { shortHash } from '../../domain/ids';
import { readFiles, pastedItem } from './readFiles';
import { useImport } from './useWorkbench';
import { useWorkbenchT } from './useWorkbenchStrings';

/** Add reports: pick files or a folder, drop them, or paste one text with its outlet, date and URL. */
export function ImportSection() {
  const { t } = useWorkbenchT();
  const { state, start, cancel } = useImport();
  const [paste, setPaste] = useState({ text: '', outlet: '', published: '', url: '' });
  const [pasteError, setPasteError] = useState(false);
  const [over, setOver] = useState(false);
  const id = useId();
  const running = state.phase === 'running';

  const fromFiles = async (list: FileList | null) => {
    if (!list || running) return;
    await start(await readFiles([...list]));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void fromFiles(e.dataTransfer.files);
  };
  const onPaste = (e: FormEvent) => {
    e.preventDefault();
    if (paste.text.trim() === '') return setPasteError(true);
    setPasteError(false);
    void start([pastedItem(paste.text, paste, shortHash(paste.text.normalize('NFC')))]);
  };

  return (
    <section className="wb-import" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('import.heading')}</h3>
      <div
        className={`wb-drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="workbench-drop"
      >
        <label>
          {t('import.files')}
          <input
            type="file"
            multiple
            accept=".txt,.json,text/plain,application/json"
            disabled={running}
            onChange={(e) => void fromFiles(e.currentTarget.files)}
          />
        </label>
        <label>
          {t('import.folder')}
          <input
            type="file"
            multiple
            disabled={running}
            {...{ webkitdirectory: '' }}
            onChange={(e) => void fromFiles(e.currentTarget.files)}
          />
        </label>
        <p className="muted">{t('import.drop')}</p>
      </div>
      <details>
        <summary>{t('import.paste')}</summary>
        <form onSubmit={onPaste} className="wb-paste">
          <label>
            {t('import.text')}
            <textarea
              dir="rtl"
              lang="ar"
              rows={6}
              value={paste.text}
              onChange={(e) => setPaste({ ...paste, text: e.target.value })}
            />
          </label>
          <label>
            {t('import.outlet')}
            <input value={paste.outlet} onChange={(e) => setPaste({ ...paste, outlet: e.target.value })} />
          </label>
          <label>
            {t('import.published')}
            <input
              type="date"
              value={paste.published}
              onChange={(e) => setPaste({ ...paste, published: e.target.value })}
            />
          </label>
          <label>
            {t('import.url')}
            <input
              type="url"
              dir="ltr"
              value={paste.url}
              onChange={(e) => setPaste({ ...paste, url: e.target.value })}
            />
          </label>
          <button type="submit" disabled={running}>
            {t('import.add')}
          </button>
          {pasteError ? <p role="alert">{t('import.noText')}</p> : null}
        </form>
      </details>
      <ImportStatus state={state} onCancel={cancel} />
    </section>
  );
}

function ImportStatus({ state, onCancel }: Pick<ReturnType<typeof useImport>, 'state'> & { onCancel: () => void }) {
  const { t } = useWorkbenchT();
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    const p = state.progress;
    return (
      <div role="status" className="wb-progress">
        {p === null || p.phase === 'dictionaries' ? (
          <span>{t('import.dictionaries')}</span>
        ) : p.phase === 'storing' ? (
          <span>{t('import.storing')}</span>
        ) : (
          <>
            <progress max={p.total} value={p.done} />
            <span>{t('import.reading', { done: p.done, total: p.total })}</span>
          </>
        )}
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    );
  }
  if (state.phase === 'cancelled') return <p role="status">{t('import.cancelled')}</p>;
  if (state.phase === 'failed')
    return (
      <p role="alert">
        {state.storage
          ? t(`storage.${state.storage}`, { detail: state.detail })
          : t('import.failed', { detail: state.detail })}
      </p>
    );
  return (
    <div role="status">
      <p>{t('import.done', { count: state.reports, claims: state.claims })}</p>
      {state.notices.length > 0 ? (
        <ul className="wb-notices">
          {state.notices.map((n, k) => (
            <li key={k}>
              <bdi>{t(`notice.${n.kind}`, { file: n.file, detail: n.detail })}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
