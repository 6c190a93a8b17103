import type { ImportItem } from '../../dataset/importReports';

const base = (name: string) => name.replace(/\.meta\.json$/i, '').replace(/\.txt$/i, '');
const pathOf = (f: File) => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;

/**
 * Picked or dropped files as import items: each .txt with the NAME.meta.json beside it (same folder, same name),
 * as `npm run ingest` pairs them. Other files are ignored; a sidecar without its report is ignored.
 */
export async function readFiles(files: readonly File[]): Promise<ImportItem[]> {
  const sidecars = new Map<string, File>();
  for (const f of files) if (/\.meta\.json$/i.test(f.name)) sidecars.set(base(pathOf(f)), f);
  const reports = files.filter((f) => /\.txt$/i.test(f.name)).sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1));
  return Promise.all(
    reports.map(async (f) => {
      const sidecar = sidecars.get(base(pathOf(f)));
      return {
        name: f.name,
        bytes: new Uint8Array(await f.arrayBuffer()),
        sidecar: sidecar ? new Uint8Array(await sidecar.arrayBuffer()) : null,
      };
    }),
  );
}

/** A pasted report with the form's outlet, date and URL as its sidecar; named by its content so it is stable. */
export function pastedItem(
  text: string,
  meta: { outlet: string; published: string; url: string },
  hash: string,
): ImportItem {
  const sidecar = {
    outlet: meta.outlet.trim() || null,
    published: meta.published || null,
    published_basis: meta.published ? 'stated in text' : 'unknown',
    url: meta.url.trim() || null,
  };
  return {
    name: `pasted-${hash}.txt`,
    bytes: new TextEncoder().encode(text),
    sidecar: new TextEncoder().encode(JSON.stringify(sidecar)),
  };
}
