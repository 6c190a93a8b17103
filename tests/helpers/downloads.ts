import { vi } from 'vitest';

/**
 * The files the page hands the browser to download (`URL.createObjectURL`), kept instead: what an export or a CSV
 * button made. Undo with `vi.unstubAllGlobals()`.
 */
export function captureDownloads(): Blob[] {
  const made: Blob[] = [];
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL = (b: Blob) => (made.push(b), 'blob:rasd');
      static override revokeObjectURL = () => {};
    },
  );
  return made;
}
