/** Why a core file cannot be read, naming the column or record: one line. */
export class CoreFormatError extends Error {
  constructor(readonly reason: string) {
    super(`not a readable core: ${reason}`);
    this.name = 'CoreFormatError';
  }
}
