/**
 * zod 4 compiles object parsers with `new Function` after probing `new Function('')`. Under the page's CSP
 * (`script-src 'self'`, see app/csp.ts) that probe is refused and reported as a `securitypolicyviolation`, even
 * though zod catches it. Jitless mode skips both the probe and the compilation. Import this module before anything
 * builds a schema (the workers and main.tsx import it first).
 *
 * It sets the option where zod keeps its configuration, `globalThis.__zod_globalConfig` (zod/v4/core/core.js, read
 * when a schema is built), without importing zod: the page's first paint never needs zod (a hash-verified core), so
 * zod loads only with the code that validates (issue 12). tests/dataset/zodJitless.test.ts checks zod reads it.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

export {};
