import { describe, expect, it } from 'vitest';
import { recordType, type FieldDecl } from '@xiezuo/domain';
import { controlFor, formatFieldValue, fromFormValues, headlineOf, regionPath, toFormValues } from './field-controls';

const training = recordType('training')!;
const donation = recordType('donation')!;
const field = (code: string, key: string) => recordType(code)!.fields.find((f) => f.key === key)!;

describe('field → control', () => {
  it('gives every field kind its own control', () => {
    const kinds = new Map<string, string>();
    const all: FieldDecl[] = [
      field('training', 'title'),
      field('training', 'sessions'),
      field('donation', 'amountFen'),
      field('donation', 'passedOnOn'),
      field('donation', 'viaRedCross'),
      field('training', 'trainingKind'),
      field('telemedicine', 'hospital'),
    ];
    for (const f of all) kinds.set(f.kind, controlFor(f, 'zh').control);
    expect(Object.fromEntries(kinds)).toEqual({
      text: 'text',
      number: 'number',
      money: 'money',
      date: 'date',
      boolean: 'switch',
      enum: 'select',
      unit: 'unit',
    });
    expect(controlFor({ key: 'r', kind: 'region', label: { zh: '区划', en: 'Region' } }, 'zh').control).toBe('region');
  });
  it('carries limits and labels in the current language', () => {
    expect(controlFor(field('training', 'sessions'), 'zh')).toEqual({
      control: 'number',
      min: 1,
      max: undefined,
      integer: true,
    });
    expect(controlFor(field('training', 'trainingKind'), 'en')).toMatchObject({
      options: expect.arrayContaining([{ value: 'cadre', label: 'Cadres' }]),
    });
    expect(controlFor(field('article', 'url'), 'zh')).toEqual({ control: 'text', maxLength: 500, multiline: true });
    expect(controlFor(field('telemedicine', 'hospital'), 'zh')).toEqual({ control: 'unit', side: 'east' });
  });
});

describe('form values ⇄ API values', () => {
  it('converts money between 元 in the form and fen on the wire', () => {
    const form = toFormValues(donation, { donor: 'A', form: 'cash', amountFen: 1_234_50, viaRedCross: true });
    expect(form).toMatchObject({ donor: 'A', amountFen: '1234.5', viaRedCross: true, passedOnOn: undefined });
    expect(fromFormValues(donation, { ...form, amountFen: '1,000.10' })).toEqual({
      donor: 'A',
      form: 'cash',
      amountFen: 100_010,
      viaRedCross: true,
    });
  });
  it('drops empty optional fields and unknown keys, trims text, keeps false', () => {
    expect(
      fromFormValues(training, {
        trainingKind: 'cadre',
        title: '  班  ',
        sessions: 1,
        personTimes: 3,
        persons: null,
        location: '',
        bogus: 'x',
      }),
    ).toEqual({ trainingKind: 'cadre', title: '班', sessions: 1, personTimes: 3 });
    expect(fromFormValues(donation, { viaRedCross: false })).toEqual({ viaRedCross: false });
    expect(toFormValues(donation, {}).viaRedCross).toBe(false);
  });
});

describe('stored values as text', () => {
  it('names enum options, units and booleans, shows money in 元', () => {
    expect(formatFieldValue(field('training', 'trainingKind'), 'cadre', 'zh')).toBe('党政干部');
    expect(formatFieldValue(field('donation', 'amountFen'), 123_456_789, 'zh')).toBe('1,234,567.89 元');
    expect(formatFieldValue(field('donation', 'viaRedCross'), false, 'en')).toBe('No');
    expect(
      formatFieldValue(field('telemedicine', 'hospital'), 'u1', 'zh', (id) =>
        id === 'u1' ? '天津市第一医院' : undefined,
      ),
    ).toBe('天津市第一医院');
    expect(formatFieldValue(field('training', 'title'), null, 'zh')).toBe('—');
  });
});

describe('a record’s headline', () => {
  it('is its first required text', () => {
    expect(headlineOf(training, { trainingKind: 'cadre', title: ' 环县培训班 ' })).toBe('环县培训班');
    expect(headlineOf(recordType('meeting'), { topic: '部署' })).toBe('部署');
    expect(headlineOf(training, { title: '' })).toBeNull();
    expect(headlineOf(undefined, { title: 'x' })).toBeNull();
  });
});

describe('region path', () => {
  it('opens a village under its township', () => {
    expect(regionPath('621022100201')).toEqual(['621022100', '621022100201']);
    expect(regionPath('621022100')).toEqual(['621022100']);
    expect(regionPath(null)).toEqual([]);
  });
});
