import type { Destination } from '@xiezuo/domain';

/**
 * The 2019 demo of labour cooperation (as of 2019-09-30): 60 employers (20 in Tianjin, 10 in each county, 10
 * elsewhere), 300 posts, a pool of 600 workers per county (kept small so the seed stays fast), pushes, applications
 * in every state, and 120 confirmed hires that ARE part of the 2019 employment records of the demo ledger (those
 * records are linked to their applications; the indicator totals do not change), with 1- and 3-month follow-ups.
 */
export const COUNTY_CODES = ['621022', '621021', '623027'] as const;
export const POOL_PER_COUNTY = 600;
/** Hires confirmed through the platform per destination: a share of the ledger's 2019 confirmed employment records. */
export const HIRES: Record<Destination, number> = { near_home: 45, tianjin: 30, elsewhere: 45 };

const ELSEWHERE = ['320505', '440305', '330106', '370202', '350203'];
const SKILLS = ['装配', '焊接', '电工', '缝纫', '厨师', '保洁', '物流分拣', '驾驶', '建筑', '养殖', '种植', '护理'];
const TITLES = [
  '装配普工',
  '物流分拣员',
  '酒店服务员',
  '保洁员',
  '焊工',
  '电工',
  '缝纫工',
  '厨师帮工',
  '护理员',
  '建筑工',
];

export type DemoEmployer = { name: string; regionCode: string };
export function demoEmployers(): DemoEmployer[] {
  const out: DemoEmployer[] = [];
  for (let i = 0; i < 20; i++) out.push({ name: `天津示例用工企业${i + 1}有限公司`, regionCode: '120104' });
  COUNTY_CODES.forEach((c, ci) => {
    const county = ['环县', '庆城县', '夏河县'][ci];
    for (let i = 0; i < 10; i++) out.push({ name: `${county}示例用工企业${i + 1}`, regionCode: c });
  });
  for (let i = 0; i < 10; i++) out.push({ name: `外省示例用工企业${i + 1}有限公司`, regionCode: ELSEWHERE[i % 5]! });
  return out;
}

export type DemoPost = {
  employer: number;
  title: string;
  openings: number;
  wageMinFen: number;
  wageMaxFen: number;
  skills: string[];
  startOn: string;
};
export function demoPosts(): DemoPost[] {
  return Array.from({ length: 300 }, (_, i) => {
    const min = 250_000 + (i % 8) * 50_000;
    return {
      employer: i % 60,
      title: TITLES[i % TITLES.length]!,
      openings: 3 + (i % 10),
      wageMinFen: min,
      wageMaxFen: min + 150_000,
      skills: [SKILLS[i % SKILLS.length]!, ...(i % 3 ? [SKILLS[(i * 5) % SKILLS.length]!] : [])],
      startOn: `2019-${String(3 + (i % 6)).padStart(2, '0')}-01`,
    };
  });
}

export function poolSkills(k: number): string[] {
  return [SKILLS[k % SKILLS.length]!, ...(k % 2 ? [SKILLS[(k * 7) % SKILLS.length]!] : [])];
}
export const WISHES: Destination[] = ['near_home', 'tianjin', 'elsewhere'];
