/**
 * SHA-256 of bytes on the page, in hex, with Web Crypto (the digest runs off the main thread). Null when Web Crypto
 * is not there (an http page on another host than localhost) or refuses: then nothing is taken on trust.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    let hex = '';
    for (const b of digest) hex += b.toString(16).padStart(2, '0');
    return hex;
  } catch {
    return null;
  }
}

/** The build's hash of these bytes (siteDataset.ts `contentHash`): SHA-256, hex, first 16 digits. */
export async function hashBytes(bytes: Uint8Array): Promise<string | null> {
  return (await sha256Hex(bytes))?.slice(0, 16) ?? null;
}
