import { describe, expect, it } from 'vitest';
import { validationIssues } from '../../../components/server-form-errors';
import { messageIn, placeErrors } from './server-errors';

describe('placing server validation errors', () => {
  const details = {
    fields: [
      { path: 'values.title', message: 'Too small', code: 'too_small' },
      { path: 'people.3.idNumber', message: 'ID number check digit is wrong / 身份证号校验位错误', code: 'CHECKSUM' },
      { path: 'people.3.phone', message: 'not a mainland mobile number / 手机号码无效', code: 'PHONE' },
      { path: 'people', message: 'exactly one person / 须登记一人' },
      { path: 'countyCode', message: 'not an assisted county / 非受援县' },
      { path: 'type', message: 'unknown record type' },
      { nonsense: true },
    ],
  };

  it('reads only well-formed issues', () => {
    expect(validationIssues(details)).toHaveLength(6);
    expect(validationIssues(null)).toEqual([]);
    expect(validationIssues({ fields: 'x' })).toEqual([]);
  });

  it('puts each issue on its control, roster row, roster or the summary', () => {
    const placed = placeErrors(validationIssues(details), (i) => messageIn(i.message, 'zh'));
    expect(placed.form).toEqual([
      { name: ['values', 'title'], errors: ['Too small'] },
      { name: ['countyCode'], errors: ['非受援县'] },
    ]);
    expect([...placed.rows]).toEqual([[3, { idNumber: '身份证号校验位错误', phone: '手机号码无效' }]]);
    expect(placed.roster).toEqual(['须登记一人']);
    expect(placed.other).toEqual(['type: unknown record type']);
  });

  it('picks the half of a bilingual message', () => {
    expect(messageIn('unknown unit / 未知单位', 'en')).toBe('unknown unit');
    expect(messageIn('unknown unit / 未知单位', 'zh')).toBe('未知单位');
    expect(messageIn('plain', 'zh')).toBe('plain');
  });
});
