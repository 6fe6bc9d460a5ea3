import { describe, expect, it } from 'vitest';
import { recordType } from '@xiezuo/domain';
import { changedContent, changeRows, type CommonLabels, type RecordContent } from './record-changes';

const labels: CommonLabels = {
  occurredOn: '日期',
  regionCode: '乡镇/村',
  pairingId: '结对',
  note: '备注',
  peopleCount: '人数',
};
const base: RecordContent = {
  occurredOn: '2019-06-12',
  regionCode: null,
  pairingId: null,
  values: { trainingKind: 'cadre', title: '班', sessions: 1, personTimes: 3 },
  note: null,
};

describe('record changes', () => {
  it('keeps only what changed', () => {
    expect(changedContent(base, { ...base })).toEqual({});
    expect(changedContent(base, { ...base, note: 'x', values: { ...base.values, sessions: 2 } })).toEqual({
      note: 'x',
      values: { ...base.values, sessions: 2 },
    });
    expect(changedContent({ ...base, regionCode: '621022100' }, { ...base, regionCode: null })).toEqual({
      regionCode: null,
    });
  });

  it('lists before and after per field with declared labels and formats', () => {
    const rows = changeRows(
      recordType('donation'),
      { occurredOn: '2019-01-02', values: { donor: 'A', amountFen: 100_00, viaRedCross: false } },
      { occurredOn: '2019-01-03', values: { donor: 'A', amountFen: 250_00, viaRedCross: true } },
      'zh',
      labels,
    );
    expect(rows).toEqual([
      { key: 'occurredOn', label: '日期', before: '2019-01-02', after: '2019-01-03' },
      { key: 'values.amountFen', label: '金额或折价（元）', before: '100.00 元', after: '250.00 元' },
      { key: 'values.viaRedCross', label: '经区红十字会接收划转', before: '否', after: '是' },
    ]);
  });

  it('ignores keys a requested change does not carry, names pairings, and counts a new roster', () => {
    const rows = changeRows(
      recordType('training'),
      { occurredOn: '2019-06-12', pairingId: null, peopleCount: 3, values: {} },
      { pairingId: 'p1', people: [{}, {}] },
      'zh',
      labels,
      (id) => (id === 'p1' ? '区县结对' : undefined),
    );
    expect(rows).toEqual([
      { key: 'pairingId', label: '结对', before: '—', after: '区县结对' },
      { key: 'people', label: '人数', before: '3', after: '2' },
    ]);
  });
});
