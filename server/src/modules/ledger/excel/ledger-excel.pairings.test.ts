import { describe, expect, it } from 'vitest';
import { pairingLabels, pairingLookup } from './ledger-excel.pairings';
import type { PairingRef } from './ledger-excel.repository';

const refs: PairingRef[] = [
  { id: 'a', kind: 'school_school', countyCode: '621022', status: 'active', east: '南开附中', west: '环县一中' },
  { id: 'b', kind: 'other', countyCode: '621022', status: 'ended', east: '南开附中', west: '环县一中' },
  { id: 'c', kind: 'street_township', countyCode: '621022', status: 'active', east: '长虹街道', west: '木钵镇' },
];

describe('pairings named in a sheet', () => {
  it('are labelled by their parties, with the kind in front only where two share both parties', () => {
    expect(pairingLabels(refs).map((p) => [p.label, p.statusLabel])).toEqual([
      ['学校结对：南开附中 — 环县一中', '进行中'],
      ['其他结对：南开附中 — 环县一中', '已结束'],
      ['长虹街道 — 木钵镇', '进行中'],
    ]);
  });

  it('are found by either label however the dash and spaces are typed; parties shared by two are ambiguous', () => {
    const find = pairingLookup(refs);
    expect(find('长虹街道—木钵镇')).toBe('c');
    expect(find(' 长虹街道 - 木钵镇 ')).toBe('c');
    expect(find('街道—乡镇：长虹街道 — 木钵镇')).toBe('c');
    expect(find('学校结对:南开附中 — 环县一中')).toBe('a');
    expect(find('南开附中 — 环县一中')).toBe('ambiguous');
    expect(find('木钵镇 — 长虹街道')).toBe('unknown');
  });
});
