/**
 * The Content-Security-Policy the built page carries (as a <meta>; deployers should also send it as a header,
 * see README). No inline scripts; data only from this origin; images from this origin and, because CSP cannot
 * change at run time, the opt-in OpenStreetMap tile host, which is contacted only when the user turns tiles on.
 */
export const TILE_ORIGIN = 'https://tile.openstreetmap.org';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: blob: ${TILE_ORIGIN}`,
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
