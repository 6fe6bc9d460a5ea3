import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import type { PairingDto } from '@xiezuo/domain';
import {
  agreementFieldFor,
  isEndAfterStart,
  pairingFieldFor,
  toAgreementBody,
  toPairingBody,
  toPairingPatch,
} from './pairing-form';
import { checkSignedFile, formatBytes } from './signed-file';

describe('pairing form', () => {
  it('sends one reference per party and ISO days', () => {
    const body = toPairingBody({
      kind: 'enterprise_village',
      eastMode: 'unit',
      eastUnitId: 'u-1',
      eastRegion: { value: '120104001' },
      westMode: 'region',
      westUnitId: 'u-2',
      westRegion: { value: '621022100221', label: '龚家淌村委会' },
      startDate: dayjs('2019-03-01'),
      endDate: null,
      status: 'active',
      note: '  ',
    });
    expect(body).toEqual({
      kind: 'enterprise_village',
      east: { unitId: 'u-1', regionCode: null },
      west: { unitId: null, regionCode: '621022100221' },
      startDate: '2019-03-01',
      endDate: null,
      status: 'active',
      note: null,
    });
  });

  it('names the cadre and the household head for a 结对认亲 pair, and only for it; their server errors land on their fields', () => {
    const base = {
      eastMode: 'unit' as const,
      eastUnitId: 'u-1',
      westMode: 'region' as const,
      westRegion: { value: '621022100221' },
      startDate: dayjs('2019-05-01'),
      status: 'active' as const,
      eastPersonName: ' 王建国 ',
      eastPersonId: '120104198001011234',
      westPersonName: '李长富',
      westPersonId: ' 621022196502031236 ',
    };
    const body = toPairingBody({ ...base, kind: 'cadre_household' });
    expect(body.eastPerson).toEqual({ name: '王建国', idNumber: '120104198001011234' });
    expect(body.westPerson).toEqual({ name: '李长富', idNumber: '621022196502031236' });
    expect(toPairingBody({ ...base, kind: 'enterprise_village' })).not.toHaveProperty('eastPerson');
    const field = pairingFieldFor(base);
    expect(field('westPerson.idNumber')).toEqual(['westPersonId']);
    expect(field('eastPerson.name')).toEqual(['eastPersonName']);
  });

  it('accepts an end on or after the start only', () => {
    expect(isEndAfterStart(dayjs('2019-03-01'), dayjs('2019-03-01'))).toBe(true);
    expect(isEndAfterStart(dayjs('2019-03-01'), dayjs('2019-02-28'))).toBe(false);
    expect(isEndAfterStart(dayjs('2019-03-01'), null)).toBe(true);
  });

  it('patches only what changed, with the version read', () => {
    const before = { version: 4, startDate: '2018-01-01', endDate: null, status: 'active', note: null } as Pick<
      PairingDto,
      'version' | 'startDate' | 'endDate' | 'status' | 'note'
    > as PairingDto;
    expect(
      toPairingPatch(before, { startDate: dayjs('2018-01-01'), endDate: null, status: 'active', note: '' }),
    ).toEqual({ version: 4 });
    expect(
      toPairingPatch(before, {
        startDate: dayjs('2018-01-01'),
        endDate: dayjs('2020-12-31'),
        status: 'ended',
        note: ' 期满 ',
      }),
    ).toEqual({ version: 4, endDate: '2020-12-31', status: 'ended', note: '期满' });
  });

  it('puts server issues on the picker of the party they concern', () => {
    const f = pairingFieldFor({ eastMode: 'unit', westMode: 'region' });
    expect(f('east.unitId')).toEqual(['eastUnitId']);
    expect(f('east.regionCode')).toEqual(['eastRegion']);
    expect(f('west')).toEqual(['westRegion']);
    expect(f('endDate')).toEqual(['endDate']);
    expect(f('pairing')).toBeNull();
  });
});

describe('agreement form', () => {
  it('builds the body with targets, blank parts as null', () => {
    const body = toAgreementBody('p-1', {
      title: ' 帮扶协议 ',
      signedOn: dayjs('2019-04-02'),
      yearFrom: 2019,
      yearTo: 2020,
      targets: [
        { year: 2019, description: ' 培训 ', quantity: 30, unit: '人' },
        { year: 2020, description: '捐赠' },
      ],
    });
    expect(body).toEqual({
      pairingId: 'p-1',
      title: '帮扶协议',
      signedOn: '2019-04-02',
      yearFrom: 2019,
      yearTo: 2020,
      commitments: '',
      targets: [
        { year: 2019, description: '培训', quantity: 30, unit: '人', indicatorCode: null },
        { year: 2020, description: '捐赠', quantity: null, unit: null, indicatorCode: null },
      ],
    });
    expect(agreementFieldFor('targets.1.description')).toEqual(['targets', 1, 'description']);
    expect(agreementFieldFor('pairingId')).toBeNull();
  });

  it('refuses files the server would refuse', () => {
    expect(checkSignedFile({ name: 'a.pdf', size: 10, type: 'application/pdf' })).toBeNull();
    expect(checkSignedFile({ name: 'scan.JPG', size: 10, type: '' })).toBeNull();
    expect(checkSignedFile({ name: 'a.docx', size: 10, type: 'application/msword' })).toBe('type');
    expect(checkSignedFile({ name: 'a.png', size: 20 * 1024 * 1024 + 1, type: 'image/png' })).toBe('size');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });
});
