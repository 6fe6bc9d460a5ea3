import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { serverFormError } from './server-form-errors';

const fieldFor = (path: string) =>
  path === 'endDate' ? ['endDate'] : path.startsWith('east.') ? ['east', 'ref'] : null;

describe('serverFormError', () => {
  it('puts validation issues on their fields and the rest in the summary', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', '提交的数据不符合要求', {
      fields: [
        { path: 'endDate', message: '无效输入' },
        { path: 'east.unitId', message: 'unknown east unit' },
        { path: 'west', message: 'not in an assisted county' },
      ],
    });
    const view = serverFormError(err, {
      fieldFor,
      messageFor: (p, m) => (p === 'endDate' ? '结束日期不能早于开始日期' : m),
    });
    expect(view).toEqual({
      code: 'VALIDATION_FAILED',
      summary: '提交的数据不符合要求；west: not in an assisted county',
      fields: [
        { name: ['endDate'], errors: ['结束日期不能早于开始日期'] },
        { name: ['east', 'ref'], errors: ['unknown east unit'] },
      ],
    });
  });

  it('uses a specific summary for other codes, and ignores what is not an API error', () => {
    const dup = new ApiError(409, 'DUPLICATE', '已存在相同的数据', { field: 'pairing' });
    expect(serverFormError(dup, { fieldFor, summaries: { DUPLICATE: '同类型、同双方的结对已存在' } })).toEqual({
      code: 'DUPLICATE',
      summary: '同类型、同双方的结对已存在',
      fields: [],
    });
    expect(serverFormError(new Error('x'), { fieldFor })).toBeNull();
  });

  it('puts a refusal that names a field in its details on that field', () => {
    const err = new ApiError(400, 'SCOPE_REQUIRED', '该角色需要指定范围', { index: 1, role: 'unit_reporter' });
    const view = serverFormError(err, {
      fieldFor,
      fieldsOf: (code, d, message) =>
        code === 'SCOPE_REQUIRED' && typeof d.index === 'number'
          ? [{ name: ['roles', d.index], errors: [message] }]
          : [],
    });
    expect(view).toEqual({
      code: 'SCOPE_REQUIRED',
      summary: '该角色需要指定范围',
      fields: [{ name: ['roles', 1], errors: ['该角色需要指定范围'] }],
    });
  });
});
