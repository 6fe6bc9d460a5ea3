import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex, decryptField, deriveKeys, encryptField, encryptFields, TamperedError } from './pii';

const keys = deriveKeys(Buffer.alloc(32, 7));

describe('personal data encryption', () => {
  it('writes exactly what OpenSSL’s SM4-CBC writes, for every padding length', () => {
    for (let n = 0; n <= 70; n++) {
      const text = '身份证号62102220000101000X'.repeat(3).slice(0, n);
      const token = encryptField(keys, text);
      const raw = Buffer.from(token.split('.')[1]!, 'base64url');
      const iv = raw.subarray(0, 16);
      const ct = raw.subarray(16, raw.length - 32);
      const cipher = crypto.createCipheriv('sm4-cbc', keys.enc, iv);
      expect(ct.equals(Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])), `length ${n}`).toBe(true);
      const tag = crypto.createHmac('sm3', keys.mac).update('v1').update(iv).update(ct).digest();
      expect(raw.subarray(raw.length - 32).equals(tag), `tag, length ${n}`).toBe(true);
      expect(decryptField(keys, token)).toBe(text);
    }
  });

  it('encrypts many values at once exactly as one by one: values of every length mixed, each with its own IV and tag', () => {
    const texts = Array.from({ length: 300 }, (_, i) =>
      '身份证号62102220000101000X13900000000'.repeat(2).slice(0, (i * 7) % 71),
    );
    const tokens = encryptFields(keys, texts);
    expect(tokens).toHaveLength(texts.length);
    tokens.forEach((token, i) => {
      const raw = Buffer.from(token.split('.')[1]!, 'base64url');
      const iv = raw.subarray(0, 16);
      const cipher = crypto.createCipheriv('sm4-cbc', keys.enc, iv);
      expect(
        raw.subarray(16, raw.length - 32).equals(Buffer.concat([cipher.update(texts[i]!, 'utf8'), cipher.final()])),
        `value ${i}`,
      ).toBe(true);
      expect(decryptField(keys, token)).toBe(texts[i]);
    });
    expect(
      new Set(tokens.map((t) => Buffer.from(t.split('.')[1]!, 'base64url').subarray(0, 16).toString('hex'))).size,
    ).toBe(texts.length);
    expect(encryptFields(keys, [])).toEqual([]);
  });

  it('uses a fresh IV each time, so the same value never encrypts the same way twice', () => {
    const tokens = new Set(Array.from({ length: 5000 }, () => encryptField(keys, '62102220000101000X')));
    expect(tokens.size).toBe(5000);
    const ivs = new Set(
      [...tokens].map((t) => Buffer.from(t.split('.')[1]!, 'base64url').subarray(0, 16).toString('hex')),
    );
    expect(ivs.size).toBe(5000);
  });

  it('refuses a value whose ciphertext or tag was changed, or that another key wrote', () => {
    const token = encryptField(keys, '13900000000');
    const raw = Buffer.from(token.split('.')[1]!, 'base64url');
    raw[20]! ^= 1;
    expect(() => decryptField(keys, `v1.${raw.toString('base64url')}`)).toThrow(TamperedError);
    expect(() => decryptField(deriveKeys(Buffer.alloc(32, 8)), token)).toThrow(TamperedError);
  });

  it('keeps the blind index an HMAC-SM3 of the value under the index key (stored indexes stay valid)', () => {
    for (const v of ['62102220000101000X', '13900000000', '', '中'.repeat(700)])
      expect(blindIndex(keys, v)).toBe(crypto.createHmac('sm3', keys.index).update(v).digest('hex'));
    expect(blindIndex(keys, 'a')).not.toBe(blindIndex(deriveKeys(Buffer.alloc(32, 8)), 'a'));
  });
});
