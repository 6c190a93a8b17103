import { expect, it } from 'vitest';

it('sets zod’s jitless option without importing zod, before zod loads', async () => {
  await import('../../src/dataset/zodJitless');
  const { z } = await import('zod');
  expect(z.config().jitless).toBe(true);
  // A schema built after it parses without compiling (the CSP-safe path) and still checks.
  const schema = z.object({ a: z.string() });
  expect(schema.safeParse({ a: 'x' }).success).toBe(true);
  expect(schema.safeParse({ a: 1 }).success).toBe(false);
});
