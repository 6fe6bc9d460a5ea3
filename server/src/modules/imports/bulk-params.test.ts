import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness';
import { arrayLiteral } from './bulk-params';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('array parameters of bulk inserts', () => {
  it('arrive in PostgreSQL as the very values sent, whatever characters they hold', async () => {
    const texts = [
      'plain',
      '王工1',
      'v1.AbC-_x',
      '',
      'NULL',
      'null',
      ' lead',
      'trail ',
      'a b',
      'a,b',
      '{x}',
      'say "hi"',
      'back\\slash',
      '\\"',
      'tab\there',
      'new\nline',
      '全角　空格',
      "it's",
      null,
      '6210**********123X',
    ];
    const res = await env.ctx.db.execute<{ a: (string | null)[] }>(sql`select ${arrayLiteral(texts)}::text[] as a`);
    expect(res.rows[0]!.a).toEqual(texts);
    const nums = await env.ctx.db.execute<{ i: number[]; b: boolean[]; m: string[] }>(
      sql`select ${arrayLiteral([1, -2, null, 0])}::int4[] as i, ${arrayLiteral([true, false, null])}::bool[] as b, ${arrayLiteral([12.5, 0.01])}::numeric[] as m`,
    );
    expect(nums.rows[0]).toEqual({ i: [1, -2, null, 0], b: [true, false, null], m: '{12.5,0.01}' }); // the driver leaves numeric[] as text
    expect(arrayLiteral([])).toBe('{}');
    expect(() => arrayLiteral([Number.NaN])).toThrow();
  });
});
