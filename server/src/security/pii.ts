import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Keys for personal data: SM4 encryption, HMAC-SM3 integrity tag, HMAC-SM3 blind index. */
export type DataKeys = { enc: Buffer; mac: Buffer; index: Buffer };

const VERSION = 'v1';

function derive(master: Buffer, label: string, length: number): Buffer {
  return crypto.createHmac('sm3', master).update(label).digest().subarray(0, length);
}

/** Derives the three keys from one 32-byte master key. */
export function deriveKeys(master: Buffer): DataKeys {
  if (master.length < 32) throw new Error('the data key must be 32 bytes (64 hex characters)');
  return { enc: derive(master, 'xiezuo/pii/sm4', 16), mac: derive(master, 'xiezuo/pii/mac', 32), index: derive(master, 'xiezuo/pii/index', 32) };
}

/** The master key from XIEZUO_DATA_KEY, or a key file created once under the data directory. */
export function loadDataKeys(hexKey: string | undefined, dataDir: string): DataKeys {
  if (hexKey) return deriveKeys(Buffer.from(hexKey, 'hex'));
  const file = path.join(dataDir, 'keys', 'data.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return deriveKeys(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex'));
}

/** SM4-CBC with a random IV, then an HMAC-SM3 tag over version, IV and ciphertext (encrypt-then-MAC). */
export function encryptField(keys: DataKeys, plaintext: string): string {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('sm4-cbc', keys.enc, iv);
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = crypto.createHmac('sm3', keys.mac).update(VERSION).update(iv).update(ct).digest();
  return `${VERSION}.${Buffer.concat([iv, ct, tag]).toString('base64url')}`;
}

/** Thrown when a stored value's tag does not match: it was altered or written with another key. */
export class TamperedError extends Error {}

/** Verifies the tag, then decrypts. */
export function decryptField(keys: DataKeys, token: string): string {
  const [version, body] = token.split('.');
  if (version !== VERSION || !body) throw new TamperedError('unknown format');
  const raw = Buffer.from(body, 'base64url');
  if (raw.length < 16 + 16 + 32) throw new TamperedError('too short');
  const iv = raw.subarray(0, 16);
  const ct = raw.subarray(16, raw.length - 32);
  const tag = raw.subarray(raw.length - 32);
  const expected = crypto.createHmac('sm3', keys.mac).update(VERSION).update(iv).update(ct).digest();
  if (!crypto.timingSafeEqual(tag, expected)) throw new TamperedError('tag mismatch');
  const decipher = crypto.createDecipheriv('sm4-cbc', keys.enc, iv);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
}

/** A deterministic HMAC-SM3 of a normalised value, for lookup and de-duplication without the clear value. */
export function blindIndex(keys: DataKeys, value: string): string {
  return crypto.createHmac('sm3', keys.index).update(value).digest('hex');
}
