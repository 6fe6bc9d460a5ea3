import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Keys derived from the one data key: for personal data SM4 encryption, the HMAC-SM3 integrity tag and blind index;
 * the HMAC-SM3 key of the audit chain; and the secret the database application role's password is derived from.
 * None of them is stored in the database.
 */
export type DataKeys = { enc: Buffer; mac: Buffer; index: Buffer; audit: Buffer; dbRole: Buffer };

const VERSION = 'v1';

function derive(master: Buffer, label: string, length: number): Buffer {
  return crypto.createHmac('sm3', master).update(label).digest().subarray(0, length);
}

/** Derives the keys from one 32-byte master key. */
export function deriveKeys(master: Buffer): DataKeys {
  if (master.length < 32) throw new Error('the data key must be 32 bytes (64 hex characters)');
  return {
    enc: derive(master, 'xiezuo/pii/sm4', 16),
    mac: derive(master, 'xiezuo/pii/mac', 32),
    index: derive(master, 'xiezuo/pii/index', 32),
    audit: derive(master, 'xiezuo/audit/chain', 32),
    dbRole: derive(master, 'xiezuo/db/app-role', 32),
  };
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

/** Per key set, made once: the HMAC-SM3 pads of the tag and index keys, and an SM4 block cipher (ECB, no padding). */
type Prepared = { mac: HmacKey; index: HmacKey; block: crypto.Cipher };
const prepared = new WeakMap<DataKeys, Prepared>();
function prepare(keys: DataKeys): Prepared {
  let k = prepared.get(keys);
  if (!k) {
    const block = crypto.createCipheriv('sm4-ecb', keys.enc, null);
    block.setAutoPadding(false);
    prepared.set(keys, (k = { mac: hmacKey(keys.mac), index: hmacKey(keys.index), block }));
  }
  return k;
}

const BLOCK = 64; // SM3's block
/** A key's HMAC pads: K xor ipad, and K xor opad with room after it for the inner digest. */
type HmacKey = { ipad: Buffer; opad: Buffer };
function hmacKey(key: Buffer): HmacKey {
  if (key.length > BLOCK) throw new Error('an HMAC key longer than the block would have to be hashed first');
  const ipad = Buffer.alloc(BLOCK, 0x36);
  const opad = Buffer.alloc(BLOCK + 32, 0x5c);
  for (let i = 0; i < key.length; i++) {
    ipad[i]! ^= key[i]!;
    opad[i]! ^= key[i]!;
  }
  return { ipad, opad };
}

// Work space for one HMAC or encryption at a time (all synchronous): the pads, then the message.
let scratch = Buffer.alloc(4096);
/** The scratch buffer with the key's inner pad in front and room for a message of `length` bytes after it. */
function hmacInput(k: HmacKey, length: number): Buffer {
  if (scratch.length < BLOCK + length) scratch = Buffer.alloc(2 * (BLOCK + length));
  k.ipad.copy(scratch, 0);
  return scratch;
}
/**
 * HMAC-SM3 (RFC 2104) of the `length` message bytes placed after the pad by hmacInput, as two one-shot SM3 hashes:
 * H((K ^ opad) || H((K ^ ipad) || m)). Byte for byte crypto.createHmac('sm3', K) (pii.test.ts checks it), which
 * under OpenSSL 3 looks the algorithm up and builds a stream object on every call: in a large import that was a
 * third of the time and a kilobyte of garbage per value.
 */
function hmacOf(k: HmacKey, length: number, encoding: 'hex' | 'binary'): string {
  k.opad.write(crypto.hash('sm3', scratch.subarray(0, BLOCK + length), 'binary'), BLOCK, 'binary');
  return crypto.hash('sm3', k.opad, encoding);
}

// IVs are cut from a buffer refilled from the CSPRNG 4,096 at a time (one randomBytes call per IV cost as much as the cipher)
const IV_POOL = Buffer.alloc(16 * 4096);
let ivAt = IV_POOL.length;
function takeIv(into: Buffer, at: number): void {
  if (ivAt >= IV_POOL.length) {
    crypto.randomFillSync(IV_POOL);
    ivAt = 0;
  }
  IV_POOL.copy(into, at, ivAt, ivAt + 16);
  ivAt += 16;
}

const VERSION_BYTES = Buffer.from(VERSION);

/**
 * SM4-CBC with a random IV, then an HMAC-SM3 tag over version, IV and ciphertext (encrypt-then-MAC).
 * CBC is chained here over one SM4 block cipher kept per key set, C_i = SM4(P_i xor C_i-1) with C_0 = IV and PKCS#7
 * padding: byte for byte OpenSSL's sm4-cbc (pii.test.ts checks it; decryptField uses OpenSSL's own), where a new
 * sm4-cbc cipher object per value cost more than the encryption itself.
 */
export function encryptField(keys: DataKeys, plaintext: string): string {
  return encryptFields(keys, [plaintext])[0]!;
}

/**
 * encryptField for many values at once. CBC chains the blocks of one value, but the values are independent: the
 * first blocks of all of them go through the block cipher in one call, then the second blocks, and so on (an ID
 * number is two blocks, a phone one), instead of one call into OpenSSL per block.
 */
export function encryptFields(keys: DataKeys, plaintexts: readonly string[]): string[] {
  const k = prepare(keys);
  const plains = plaintexts.map((t) => Buffer.from(t, 'utf8'));
  // each value's iv, ciphertext (PKCS#7: 1 to 16 bytes of padding) and tag
  const cts = plains.map((p) => p.length + 16 - (p.length % 16));
  const raws = cts.map((ct) => Buffer.allocUnsafe(16 + ct + 32));
  for (const raw of raws) takeIv(raw, 0);
  const rounds = cts.reduce((m, ct) => Math.max(m, ct), 0) / 16;
  let lane: number[] = plains.map((_, i) => i);
  for (let b = 0; b < rounds; b++) {
    lane = lane.filter((i) => cts[i]! > 16 * b);
    const at = 16 * b;
    const x = Buffer.allocUnsafe(16 * lane.length);
    lane.forEach((i, j) => {
      const plain = plains[i]!;
      const raw = raws[i]!; // raw[at, at + 16) is the previous block: the IV, then C_b-1
      const pad = cts[i]! - plain.length;
      for (let t = 0; t < 16; t++) x[16 * j + t] = (at + t < plain.length ? plain[at + t]! : pad) ^ raw[at + t]!;
    });
    const c = k.block.update(x);
    if (c.length !== x.length) throw new Error('SM4 block cipher returned a partial block');
    lane.forEach((i, j) => c.copy(raws[i]!, 16 + at, 16 * j, 16 * j + 16));
  }
  return raws.map((raw, i) => {
    const signed = VERSION_BYTES.length + 16 + cts[i]!;
    const input = hmacInput(k.mac, signed);
    VERSION_BYTES.copy(input, BLOCK);
    raw.copy(input, BLOCK + VERSION_BYTES.length, 0, 16 + cts[i]!);
    raw.write(hmacOf(k.mac, signed, 'binary'), 16 + cts[i]!, 'binary');
    return `${VERSION}.${raw.toString('base64url')}`;
  });
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
  const expected = crypto.createHmac('sm3', keys.mac).update(VERSION).update(iv).update(ct).digest(); // OpenSSL's own, on the rare read
  if (!crypto.timingSafeEqual(tag, expected)) throw new TamperedError('tag mismatch');
  const decipher = crypto.createDecipheriv('sm4-cbc', keys.enc, iv);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
}

/** A deterministic HMAC-SM3 of a normalised value, for lookup and de-duplication without the clear value. */
export function blindIndex(keys: DataKeys, value: string): string {
  const k = prepare(keys).index;
  const length = Buffer.byteLength(value);
  hmacInput(k, length).write(value, BLOCK, 'utf8');
  return hmacOf(k, length, 'hex');
}

/** The password of a database role, derived from the data key: every server sharing the key derives the same one. */
export function rolePassword(keys: DataKeys, role: string): string {
  return crypto.createHmac('sm3', keys.dbRole).update(role).digest('base64url');
}
