import { WAN } from '@xiezuo/domain';
import type { FastifyInstance } from 'fastify';
import { signedIn, type TestClient } from '../../../test/harness';

/** Test data for the funds tests: a valid proposal of 环县, and the demo users each signed in. */
export const proposal = (extra: Record<string, unknown> = {}) => ({
  name: '环县肉羊养殖扶贫项目',
  year: 2019,
  countyCode: '621022',
  regionCode: '621022105',
  category: 'industry',
  level: 'county',
  fundSource: 'fiscal',
  plannedFen: 100 * WAN,
  households: 100,
  persons: 360,
  poorHouseholds: 40,
  poorPersons: 140,
  outputs: [{ name: '标准化羊舍', unit: 'seat', planned: 20 }],
  benefitLinks: [{ kind: 'dividend', households: 40 }],
  ...extra,
});

export type FundsClients = Record<'huan' | 'qing' | 'xiahe' | 'funds' | 'office' | 'auditor' | 'leader', TestClient>;

export async function fundsClients(app: FastifyInstance): Promise<FundsClients> {
  const names = {
    huan: 'county-huan',
    qing: 'county-qingcheng',
    xiahe: 'county-xiahe',
    funds: 'group-funds',
    office: 'office',
    auditor: 'auditor',
    leader: 'leader',
  } as const;
  const entries = await Promise.all(Object.entries(names).map(async ([k, u]) => [k, await signedIn(app, u)] as const));
  return Object.fromEntries(entries) as FundsClients;
}

export const errorOf = (r: { status: number; body: { error?: { code: string } } }) => [r.status, r.body.error?.code];

/** A tiny valid PNG, for evidence uploads. */
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
