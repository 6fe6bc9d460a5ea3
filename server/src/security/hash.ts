import crypto from 'node:crypto';

/** SM3 digest (GB/T 32905) as lowercase hex. */
export function sm3Hex(data: string | Buffer): string {
  return crypto.createHash('sm3').update(data).digest('hex');
}

/** SHA-256 hex, used for session-token storage. */
export function sha256Hex(data: string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** A URL-safe random token. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** Constant-time string equality. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
