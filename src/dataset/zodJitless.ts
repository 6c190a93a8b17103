import { z } from 'zod';

/**
 * zod 4 compiles object parsers with `new Function` after probing `new Function('')`. Under the page's CSP
 * (`script-src 'self'`, see app/csp.ts) that probe is refused and reported as a `securitypolicyviolation`, even
 * though zod catches it. Jitless mode skips both the probe and the compilation. Import this module before anything
 * parses (the worker and main.tsx import it first).
 */
z.config({ jitless: true });
