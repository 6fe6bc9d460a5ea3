import { describe, expect, it } from 'vitest';
import { rankPledges, shareOf, wan, yearOf } from './consumption-format';

describe('consumption formatting', () => {
  it('shows fen as 万元', () => {
    expect(wan(348 * 1_000_000, 'zh')).toBe('348');
    expect(wan(5_200 * 1_000_000 + 12_345, 'en')).toBe('5,200.01');
  });

  it('ranks pledges by share, units without a pledge last', () => {
    const ranked = rankPledges([
      { id: 'a', pledgeFen: 0, boughtFen: 0 },
      { id: 'b', pledgeFen: 100, boughtFen: 50 },
      { id: 'c', pledgeFen: 100, boughtFen: 80 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank, r.share])).toEqual([
      ['c', 1, 80],
      ['b', 2, 50],
      ['a', 3, null],
    ]);
    expect(shareOf(1, 3)).toBe(33);
  });

  it('takes the year from the URL, else the latest plan year', () => {
    expect(yearOf('2018', [2018, 2019])).toBe(2018);
    expect(yearOf(null, [2018, 2019])).toBe(2019);
    expect(yearOf('abc', [])).toBeNull();
  });
});
