import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckChar, makeIdNumber, normaliseIdNumber } from './id-number';

const withCheck = (first17: string) => first17 + idCheckChar(first17);

describe('ID numbers (GB 11643)', () => {
  it('normalises full-width characters, spaces, dashes and a lower-case x, and leaves a plain number as it is', () => {
    const id = makeIdNumber('621022', '19900101', 12);
    expect(normaliseIdNumber(id)).toBe(id);
    const full = id.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(normaliseIdNumber(full)).toBe(id);
    expect(normaliseIdNumber(` ${id.slice(0, 6)} ${id.slice(6, 14)}-${id.slice(14)}\u3000`)).toBe(id);
    const x = '62102219900101003' + 'x';
    expect(normaliseIdNumber(x)).toBe('62102219900101003X');
    expect(normaliseIdNumber('６２１０２２１９９００１０１００３ｘ')).toBe('62102219900101003X');
  });

  it('accepts real birth dates up to today and refuses impossible or future ones, then checks the check character', () => {
    expect(checkIdNumber(withCheck('62102219900101001'))).toBeNull();
    expect(checkIdNumber(withCheck('62102220000229001'))).toBeNull(); // 2000 was a leap year
    expect(checkIdNumber(withCheck('62102219960229001'))).toBeNull();
    expect(checkIdNumber(withCheck('62102219000228001'))).toBeNull();
    for (const bad of ['19000229', '20230229', '19901301', '19900001', '19900100', '19900431', '18991231', '21000101'])
      expect(checkIdNumber(withCheck(`621022${bad}001`)), bad).toBe('BIRTH_DATE');
    const now = new Date();
    const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
    expect(checkIdNumber(withCheck(`621022${ymd(now)}001`))).toBeNull();
    expect(checkIdNumber(withCheck(`621022${ymd(new Date(now.getTime() + 2 * 86_400_000))}001`))).toBe('BIRTH_DATE');
    const good = withCheck('62102219900101001');
    expect(checkIdNumber(good.slice(0, 17) + (good[17] === '0' ? '1' : '0'))).toBe('CHECKSUM');
    expect(checkIdNumber('6210221990010100')).toBe('FORMAT');
    expect(checkIdNumber('62102219900101001A')).toBe('FORMAT');
  });
});
