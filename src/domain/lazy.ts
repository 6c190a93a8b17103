/**
 * Gives `target` an enumerable property `key` whose value is computed on its first read and then kept as a plain
 * data property (read-only, like the rest of a loaded dataset): for what a view reads only after the first paint.
 * Spreading or deep-comparing the object reads it (and so computes it), like any property.
 */
export function lazyProperty<T extends object, K extends string>(target: T, key: K, compute: () => unknown): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: false });
      return value;
    },
  });
}

/** Whether `key` of `target` is still to be computed (reading it would compute it). */
export const isPending = (target: object, key: string): boolean =>
  Object.getOwnPropertyDescriptor(target, key)?.get !== undefined;
