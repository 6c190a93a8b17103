/**
 * Whether the page is rehearsing a reader's first click (state/firstClick.ts): a render made only to run the code a
 * click runs, taken back before anything is painted. Views skip what must not happen for a render nobody sees,
 * such as downloading the words of cards that are gone again at once.
 */
let depth = 0;

export const rehearsing = (): boolean => depth > 0;

/** Runs `work` as a rehearsal (nested calls allowed). */
export function duringRehearsal(work: () => void): void {
  depth++;
  try {
    work();
  } finally {
    depth--;
  }
}
