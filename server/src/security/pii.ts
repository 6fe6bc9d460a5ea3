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

/** Per key set, made once: the keys as OpenSSL key objects, and an SM4 block cipher (ECB, no padding) to chain by hand. */
type Prepared = { mac: crypto.KeyObject; index: crypto.KeyObject; block: crypto.Cipher };
const prepared = new WeakMap<DataKeys, Prepared>();
function prepare(keys: DataKeys): Prepared {
  let k = prepared.get(keys);
  if (!k) {
    const block = crypto.createCipheriv('sm4-ecb', keys.enc, null);
    block.setAutoPadding(false);
    prepared.set(keys, (k = { mac: crypto.createSecretKey(keys.mac), index: crypto.createSecretKey(keys.index), block }));
  }
  return k;
}

// IVs are cut from a buffer refilled from the CSPRNG 4,096 at a time (one randomBytes call per IV cost as much as the cipher)
const IV_POOL = Buffer.alloc(16 * 4096);
let ivAt = IV_POOL.length;
function nextIv(): Buffer {
  if (ivAt >= IV_POOL.length) {
    crypto.randomFillSync(IV_POOL);
    ivAt = 0;
  }
  const iv = Buffer.from(IV_POOL.subarray(ivAt, ivAt + 16));
  ivAt += 16;
  return iv;
}

/**
 * SM4-CBC with PKCS#7 padding, chained here over one SM4 block cipher kept per key set: C_i = SM4(P_i xor C_i-1),
 * C_0 = IV. The output is byte for byte OpenSSL's sm4-cbc (pii.test.ts checks it, and decryptField uses OpenSSL's);
 * a new sm4-cbc cipher object per value cost more than the encryption itself in a 100,000-person import.
 */
function sm4Cbc(block: crypto.Cipher, iv: Buffer, plain: Buffer): Buffer {
  const pad = 16 - (plain.length % 16);
  const out = Buffer.allocUnsafe(plain.length + pad);
  const x = Buffer.allocUnsafe(16);
  let prev = iv;
  for (let at = 0; at < out.length; at += 16) {
    for (let j = 0; j < 16; j++) x[j] = (at + j < plain.length ? plain[at + j]! : pad) ^ prev[j]!;
    const c = block.update(x);
    if (c.length !== 16) throw new Error('SM4 block cipher returned a partial block');
    c.copy(out, at);
    prev = c;
  }
  return out;
}

/** SM4-CBC with a random IV, then an HMAC-SM3 tag over version, IV and ciphertext (encrypt-then-MAC). */
export function encryptField(keys: DataKeys, plaintext: string): string {
  const k = prepare(keys);
  const iv = nextIv();
  const ct = sm4Cbc(k.block, iv, Buffer.from(plaintext, 'utf8'));
  const tag = crypto.createHmac('sm3', k.mac).update(VERSION).update(iv).update(ct).digest();
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
  return crypto.createHmac('sm3', prepare(keys).index).update(value).digest('hex');
}
