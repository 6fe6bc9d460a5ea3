import { PAIRING_KIND_LABELS, PAIRING_STATUS_LABELS } from '@xiezuo/domain';
import type { PairingRef } from './ledger-excel.repository';

/**
 * How a sheet names a pairing. Pairings have no code a person would know, so a row names one by its parties as the
 * pairing pages show them: "东部方 — 西部方" (the east party's name, the west party's name); where two pairings of the
 * tenant have the same parties (of different kinds), by "结对类型：东部方 — 西部方". The template lists every pairing
 * with the label to copy.
 */
export type PairingLabel = PairingRef & { label: string; kindLabel: string; statusLabel: string };

/** Spaces dropped, every dash and colon alike: "长虹街道—木钵镇" matches "长虹街道 — 木钵镇". */
const normalise = (s: string) =>
  s
    .replace(/\s/g, '')
    .replace(/[—–‐‑‒―－-]+/g, '-')
    .replace(/：/g, ':')
    .toLowerCase();

const baseLabel = (p: PairingRef) => `${p.east} — ${p.west}`;
const kindLabel = (p: PairingRef) => `${PAIRING_KIND_LABELS[p.kind].zh}：${baseLabel(p)}`;

/** Each pairing with the label the template shows: its parties, with the kind in front where the parties repeat. */
export function pairingLabels(refs: PairingRef[]): PairingLabel[] {
  const seen = new Map<string, number>();
  for (const p of refs) seen.set(normalise(baseLabel(p)), (seen.get(normalise(baseLabel(p))) ?? 0) + 1);
  return refs.map((p) => ({
    ...p,
    label: seen.get(normalise(baseLabel(p)))! > 1 ? kindLabel(p) : baseLabel(p),
    kindLabel: PAIRING_KIND_LABELS[p.kind].zh,
    statusLabel: PAIRING_STATUS_LABELS[p.status as keyof typeof PAIRING_STATUS_LABELS]?.zh ?? p.status,
  }));
}

/** Finds a pairing by either form of its label; 'ambiguous' when the parties alone name several. */
export function pairingLookup(refs: PairingRef[]): (text: string) => string | 'unknown' | 'ambiguous' {
  const byLabel = new Map<string, string[]>();
  const add = (label: string, id: string) => {
    const k = normalise(label);
    const ids = byLabel.get(k) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byLabel.set(k, ids);
  };
  for (const p of refs) {
    add(baseLabel(p), p.id);
    add(kindLabel(p), p.id);
  }
  return (text) => {
    const ids = byLabel.get(normalise(text));
    if (!ids) return 'unknown';
    return ids.length > 1 ? 'ambiguous' : ids[0]!;
  };
}
