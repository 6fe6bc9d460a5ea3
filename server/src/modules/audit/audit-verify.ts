import type { DbOrTx } from '../../db/client';
import { readAnchors, type Anchor } from './audit-anchor';
import { chainHash, GENESIS_HASH } from './audit-chain';
import * as repo from './audit.repository';

export type BreakReason =
  | 'hash_mismatch' // the row's content does not match its hash: changed behind the application's back
  | 'link_mismatch' // it does not name the previous row's hash: a row before it was removed or changed
  | 'unkeyed' // written (or rewritten) without the chain key after the chain was keyed
  | 'anchor_mismatch' // the anchor file names another hash for this row
  | 'rows_missing' // the anchor file names a row that is not there: the newest rows were deleted
  | 'anchor_invalid'; // a line of the anchor file was altered or written with another key (id: its line number)

export type ChainBreak = { id: number; reason: BreakReason; detail?: string };

export type ChainVerdict = {
  ok: boolean;
  rows: number;
  /** Every break found, up to the limit; `more` counts those past it. */
  breaks: ChainBreak[];
  more: number;
  /** Lines of the anchor file checked (0: there is none, and deleting the newest rows would go unseen). */
  anchors: number;
  /** The first break, as earlier versions answered. */
  brokenId?: number;
  reason?: BreakReason;
};

export const VERIFY_LIMIT = 100;

/**
 * Recomputes the chain in order with the chain key and checks it against the anchor file: lists every row whose
 * content, link or keying is wrong and every anchored row that is missing or different, up to `limit`.
 */
export async function verifyChain(
  db: DbOrTx,
  opts: { key: Buffer; anchorFile?: string; limit?: number },
): Promise<ChainVerdict> {
  const limit = opts.limit ?? VERIFY_LIMIT;
  const breaks: ChainBreak[] = [];
  let more = 0;
  const add = (b: ChainBreak) => (breaks.length < limit ? breaks.push(b) : more++);
  const { anchors, invalid } = opts.anchorFile ? readAnchors(opts.anchorFile, opts.key) : { anchors: [], invalid: [] };
  for (const line of invalid) add({ id: line, reason: 'anchor_invalid' });
  const anchored = new Map<number, Anchor>();
  for (const a of anchors) anchored.set(a.id, a);
  const legacyUpTo = anchors[0]?.legacyUpTo;
  let prev = GENESIS_HASH;
  let rows = 0;
  let lastId = 0;
  let keyedSeen = false;
  for await (const row of repo.readChain(db)) {
    rows++;
    if (row.prevHash !== prev) add({ id: row.id, reason: 'link_mismatch' });
    if (!row.keyed && (legacyUpTo !== undefined ? row.id > legacyUpTo : keyedSeen))
      add({ id: row.id, reason: 'unkeyed' });
    keyedSeen ||= row.keyed;
    if (chainHash({ ...row, details: row.details ?? null }, row.keyed ? opts.key : null) !== row.hash)
      add({ id: row.id, reason: 'hash_mismatch' });
    const a = anchored.get(row.id);
    if (a && a.hash !== row.hash) add({ id: row.id, reason: 'anchor_mismatch', detail: `anchored ${a.at}` });
    anchored.delete(row.id);
    prev = row.hash;
    lastId = row.id;
  }
  // anchored rows never met: deleted (the newest ones, or ones in between)
  for (const a of [...anchored.values()].sort((x, y) => x.id - y.id))
    add({
      id: a.id,
      reason: 'rows_missing',
      detail:
        a.id > lastId
          ? `rows after id ${lastId} up to at least id ${a.id} are gone (anchored ${a.at})`
          : `anchored ${a.at}`,
    });
  const first = breaks[0];
  return {
    ok: breaks.length === 0,
    rows,
    breaks,
    more,
    anchors: anchors.length,
    ...(first ? { brokenId: first.id, reason: first.reason } : {}),
  };
}

/**
 * Checks the newest `n` rows of the chain (their hashes with the chain key, and the links among them): the cheap
 * check the audit administrator's workbench shows. The full check, with the anchor file, is `verifyChain`.
 */
export async function verifyTail(db: DbOrTx, key: Buffer, n = 200): Promise<'ok' | 'broken'> {
  const rows = await repo.readTail(db, n);
  for (const [i, row] of rows.entries()) {
    if (chainHash({ ...row, details: row.details ?? null }, row.keyed ? key : null) !== row.hash) return 'broken';
    if (i > 0 && row.prevHash !== rows[i - 1]!.hash) return 'broken';
  }
  return 'ok';
}
