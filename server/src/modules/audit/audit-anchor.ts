import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { canonicalJson } from './audit-chain';
import * as repo from './audit.repository';

/**
 * The chain's head, anchored outside the database: an append-only file of lines `{ at, id, hash, legacyUpTo, mac }`
 * in the data directory, each line MACed with the chain key. Deleting the newest audit rows leaves the chain itself
 * consistent; the anchor still names a row that is gone. `legacyUpTo` is the last row written before the chain was
 * keyed: every later row must be keyed, so turning rows back into plain SM3 ones is seen as well.
 */
export type Anchor = { at: string; id: number; hash: string; legacyUpTo: number; line: number };

export const anchorPath = (dataDir: string) => path.join(dataDir, 'audit-anchor.log');

const macOf = (key: Buffer, body: Omit<Anchor, 'line'>) =>
  crypto.createHmac('sm3', key).update(canonicalJson(body)).digest('hex');

/** The file's anchors, and the numbers of the lines that are not (altered, or written with another key). */
export function readAnchors(file: string, key: Buffer): { anchors: Anchor[]; invalid: number[] } {
  const anchors: Anchor[] = [];
  const invalid: number[] = [];
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { anchors, invalid };
  }
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const { mac, ...body } = JSON.parse(raw) as Omit<Anchor, 'line'> & { mac: string };
      const ok =
        typeof mac === 'string' &&
        Number.isInteger(body.id) &&
        typeof body.hash === 'string' &&
        Number.isInteger(body.legacyUpTo) &&
        mac.length === 64 &&
        crypto.timingSafeEqual(Buffer.from(mac, 'hex'), Buffer.from(macOf(key, body), 'hex'));
      if (ok) anchors.push({ ...body, line: i + 1 });
      else invalid.push(i + 1);
    } catch {
      invalid.push(i + 1);
    }
  });
  return { anchors, invalid };
}

/**
 * Appends the current head to the anchor file when it moved since `last` (and flushes it to disk); returns the
 * head anchored. `legacyUpTo` comes from the file's first line, or is looked up once for a new file.
 */
export async function writeAnchor(
  db: DbOrTx,
  file: string,
  key: Buffer,
  last?: { id: number; hash: string },
): Promise<{ id: number; hash: string } | undefined> {
  const head = await repo.findLastLink(db);
  if (!head || (last && last.id === head.id && last.hash === head.hash)) return head ?? last;
  const first = readAnchors(file, key).anchors[0];
  const legacyUpTo =
    first?.legacyUpTo ??
    Number(
      (await db.execute<{ id: string | null }>(sql`select max(id) as id from audit_log where not keyed`)).rows[0]?.id ??
        0,
    );
  const body = { at: new Date().toISOString(), id: head.id, hash: head.hash, legacyUpTo };
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify({ ...body, mac: macOf(key, body) })}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return head;
}

/**
 * Anchors the head now, every `minutes` while it moves, and once more when stopped (shutdown). A failure (the
 * database is down) is logged and tried again next time. `toLog` also writes each anchor to the server's log.
 */
export function startAnchoring(
  db: DbOrTx,
  opts: { file: string; key: Buffer; minutes: number; log: (m: string) => void; toLog: boolean },
): { stop: () => Promise<void> } {
  let last: { id: number; hash: string } | undefined;
  let running: Promise<void> = Promise.resolve();
  const anchorNow = () =>
    (running = running.then(async () => {
      try {
        const head = await writeAnchor(db, opts.file, opts.key, last);
        if (head && opts.toLog && (head.id !== last?.id || head.hash !== last?.hash))
          opts.log(`[audit] anchor id ${head.id} hash ${head.hash}`);
        last = head;
      } catch (err) {
        opts.log(`[audit] could not anchor the audit chain now: ${(err as Error).message}`);
      }
    }));
  void anchorNow();
  const timer = setInterval(() => void anchorNow(), opts.minutes * 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await anchorNow();
    },
  };
}
