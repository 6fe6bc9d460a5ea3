import crypto from 'node:crypto';
import { sm3Hex } from '../../security/hash';

/**
 * The custody chain's public proofs: each receipt and transfer carries an SM3 digest over its facts (amount, date,
 * number, the needs it covers) and a verification code for its public page. The digest input is public too, so a
 * donor can recompute the digest printed on the certificate; it holds no name, phone or ID number.
 */

const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 12 characters from 32: 60 bits, not guessable, easy to type from a certificate. */
export function verifyCode(): string {
  return Array.from(crypto.randomBytes(12), (b) => CODE_CHARS[b % CODE_CHARS.length]).join('');
}

type ChainFacts = { kind: 'receipt' | 'transfer'; number: string; amountFen: number; date: string; needIds: string[] };

/** The canonical text a step's digest is computed over: fields joined by |, the needs sorted. */
export function digestInput(f: ChainFacts & { prev?: string }): string {
  return [f.kind, f.number, String(f.amountFen), f.date, [...f.needIds].sort().join(','), f.prev ?? ''].join('|');
}

/** The step's digest and the input it was computed over. */
export function chainDigest(f: ChainFacts & { prev?: string }): { digest: string; digestInput: string } {
  const input = digestInput(f);
  return { digest: sm3Hex(input), digestInput: input };
}

/** 捐赠票据 number: 南红捐〔2019〕000123号 style, as NKHH-2019-000123. */
export const receiptNumber = (year: number, seq: number) => `NKHH-${year}-${String(seq).padStart(6, '0')}`;
/** 划转批次 number. */
export const batchNumber = (year: number, seq: number) => `NKHZ-${year}-${String(seq).padStart(4, '0')}`;
