import { describe, expect, it } from 'vitest';
import { buildCountedPieOption, buildSlicesBarOption, fenToWan } from './consumption-charts';

describe('consumption chart options', () => {
  it('draws slices in 万元, in the given order', () => {
    const o = buildSlicesBarOption(
      [
        { label: '2019-01', fen: 123_456_78 },
        { label: '2019-02', fen: 0 },
      ],
      '已计入',
    );
    expect((o.xAxis as { data: string[] }).data).toEqual(['2019-01', '2019-02']);
    expect((o.series as { data: number[] }[])[0]!.data).toEqual([12.35, 0]);
  });

  it('leaves empty parts out of the pie', () => {
    const o = buildCountedPieOption([
      { label: '已计入', fen: 40_000_000_00 },
      { label: '未计入', fen: 0 },
    ]);
    expect((o.series as { data: unknown[] }[])[0]!.data).toEqual([{ name: '已计入', value: 4000 }]);
    expect(fenToWan(150_000)).toBe(0.15);
  });
});
