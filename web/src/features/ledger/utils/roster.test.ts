import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '@xiezuo/domain';
import { checkRoster, hasProblems, lookupId, parseRosterPaste, rosterRow, toPeopleInput } from './roster';

const id1 = makeIdNumber('621022', '19850615', 101);
const id2 = makeIdNumber('621022', '19850615', 102);
const idX = makeIdNumber('621022', '19850615', 106); // check character X
const fullWidth = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace('X', 'ｘ');

describe('pasting a roster from Excel', () => {
  it('reads tab-separated rows, skips the header and blank lines', () => {
    const text = `身份证号\t姓名\t电话\t建档立卡\n${id1}\t王文\t13800138000\t是\n\n${id2}\t李华\t\t否\r\n`;
    expect(parseRosterPaste(text)).toEqual({
      skipped: 1,
      rows: [
        { idNumber: id1, name: '王文', phone: '13800138000', isPoor: true },
        { idNumber: id2, name: '李华', phone: '', isPoor: false },
      ],
    });
  });
  it('normalises full-width digits and a lower-case x, and swaps name-first columns', () => {
    expect(idX.endsWith('X')).toBe(true);
    const { rows } = parseRosterPaste(`张三\t${fullWidth(idX)}\t\tY`);
    expect(rows).toEqual([{ idNumber: idX, name: '张三', phone: '', isPoor: true }]);
  });
});

describe('checking roster rows', () => {
  it('flags bad check digits, impossible dates, duplicates, missing names and bad phones per row', () => {
    const bad = id1.slice(0, 17) + (id1[17] === '0' ? '1' : '0');
    const rows = [
      { idNumber: id1, name: '王文', phone: '', isPoor: false },
      { idNumber: bad, name: '李华', phone: '12345', isPoor: false },
      { idNumber: '62102219851301150X', name: '', phone: '', isPoor: false },
      { idNumber: fullWidth(id1), name: '王文', phone: '', isPoor: false },
      { idNumber: '', name: 'x', phone: '138 0013 8000', isPoor: false },
    ];
    expect(checkRoster(rows)).toEqual([
      {},
      { idNumber: 'CHECKSUM', phone: 'PHONE' },
      { idNumber: 'BIRTH_DATE', name: 'REQUIRED' },
      { idNumber: 'DUPLICATE' },
      { idNumber: 'REQUIRED' },
    ]);
    expect(hasProblems(checkRoster(rows.slice(0, 1)))).toBe(false);
  });
  it('looks up only valid numbers and sends normalised people', () => {
    expect(lookupId({ idNumber: fullWidth(id1), name: '', phone: '', isPoor: false })).toBe(id1);
    expect(lookupId({ idNumber: '123', name: '', phone: '', isPoor: false })).toBeNull();
    expect(
      toPeopleInput([
        rosterRow({ idNumber: ` ${fullWidth(idX)} `, name: ' 张三 ', phone: '+86 138-0013-8000', isPoor: true }),
      ]),
    ).toEqual([{ idNumber: idX, name: '张三', phone: '13800138000', isPoor: true }]);
  });
  it('gives rows unique keys', () => {
    expect(rosterRow().key).not.toBe(rosterRow().key);
  });
});
