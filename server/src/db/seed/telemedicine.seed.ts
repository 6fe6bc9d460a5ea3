import { and, asc, eq, inArray } from 'drizzle-orm';
import { TELEMED_KIND_LABELS, type TelemedKind, type TelemedStatus } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { systemProducer } from '../../modules/ledger/records.produce';
import { produceTelemedRecord } from '../../modules/telemedicine/telemedicine.transitions';
import type { DbOrTx } from '../client';
import { pairings, telemedRequests, units, users } from '../schema';

/** Each pair's eight requests, in this order of status: four closed, one answered, one scheduled, one assigned, one of the rest. */
const STATUSES: TelemedStatus[] = ['closed', 'closed', 'closed', 'closed', 'answered', 'scheduled', 'assigned'];
const LAST: TelemedStatus[] = ['requested', 'requested', 'cancelled', 'requested', 'cancelled'];

const CONSULTATIONS = [
  {
    department: '心内科',
    summary: '男，58岁，反复胸闷气短3个月，心电图示ST段压低，肌钙蛋白阴性。请会诊明确诊断及下一步治疗方案。',
  },
  {
    department: '神经内科',
    summary: '女，66岁，突发右侧肢体无力6小时，头颅CT未见出血。请会诊评估溶栓指征及后续康复方案。',
  },
  {
    department: '呼吸内科',
    summary: '男，71岁，慢阻肺病史10年，近1周咳喘加重伴低氧。请会诊调整治疗方案，评估是否转诊。',
  },
  { department: '儿科', summary: '男童，4岁，反复发热伴皮疹5天，血常规白细胞升高。请会诊协助鉴别川崎病与感染性疾病。' },
  {
    department: '内分泌科',
    summary: '女，45岁，2型糖尿病8年，血糖控制差，出现双下肢麻木。请会诊调整降糖方案及并发症筛查。',
  },
];
const PATHOLOGY = [
  { department: '病理科', summary: '女，52岁，乳腺肿物穿刺标本，HE切片见异型细胞巢。请远程病理会诊明确良恶性及分型。' },
  {
    department: '病理科',
    summary: '男，63岁，胃镜活检标本，黏膜腺体结构紊乱。请远程病理诊断，明确是否为高级别上皮内瘤变。',
  },
  { department: '病理科', summary: '女，39岁，甲状腺结节术中冰冻切片，请远程病理会诊协助判断是否为乳头状癌。' },
];
const OPINION =
  '结合病史及检查结果，考虑诊断明确。建议：1. 按指南规范治疗并密切随访；2. 完善相关检查后两周复评；3. 如病情变化，及时转诊至我院。';
const FEEDBACK = [
  '意见明确，已按建议调整治疗，患者好转。',
  '专家讲解细致，对科室诊疗帮助很大。',
  '诊断清楚，后续随访中。',
];

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const dayOf = (month: number, day: number) => `2019-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The doctor accounts of the hospitals (by unit): the county hospital's requester, the paired hospital's expert. */
async function doctorsByUnit(tx: DbOrTx, tenantId: string, unitIds: Map<string, string>) {
  const rows = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(
      and(
        eq(users.tenantId, tenantId),
        inArray(users.username, [
          'hospital-huan',
          'expert-nk1',
          'expert-nk2',
          'expert-nk3',
          'expert-nk4',
          'expert-nk5',
        ]),
      ),
    );
  const byName = new Map(rows.map((r) => [r.username, r.id]));
  const experts = new Map(
    [1, 2, 3, 4, 5].map((i) => [unitIds.get(`hospital-east-${i}`)!, byName.get(`expert-nk${i}`)!]),
  );
  return { requester: byName.get('hospital-huan')!, requesterUnit: unitIds.get('hospital-west-1')!, experts };
}

/**
 * About forty requests over the five hospital pairs (eight each, illustrative), in every state: twenty closed with
 * feedback — each producing its `telemedicine` ledger record, as a request closed on the page does — and the others
 * answered, scheduled, assigned, awaiting an expert or cancelled. Pathology for about a third.
 */
export async function seedTelemedicine(tx: DbOrTx, ctx: AppContext, tenantId: string, unitIds: Map<string, string>) {
  const pairs = await tx
    .select()
    .from(pairings)
    .innerJoin(units, eq(units.id, pairings.eastUnitId))
    .where(and(eq(pairings.tenantId, tenantId), eq(pairings.kind, 'hospital_hospital')))
    .orderBy(asc(units.code));
  const doctors = await doctorsByUnit(tx, tenantId, unitIds);
  const numbers: Record<TelemedKind, number> = { consultation: 0, pathology: 0 };
  let closed = 0;
  for (const [p, { pairings: pair }] of pairs.entries()) {
    for (let i = 0; i < 8; i++) {
      const n = p * 8 + i;
      const status = i < STATUSES.length ? STATUSES[i]! : LAST[p]!;
      const kind: TelemedKind = n % 3 === 1 ? 'pathology' : 'consultation';
      const c = kind === 'pathology' ? PATHOLOGY[n % PATHOLOGY.length]! : CONSULTATIONS[n % CONSULTATIONS.length]!;
      const month = 2 + ((i * 4 + p) % 9);
      const day = dayOf(month, 3 + ((n * 5) % 20));
      const later = (d: number) => at(dayOf(month, 3 + ((n * 5) % 20) + d), 10);
      const reached = (s: TelemedStatus) => STATUSES.indexOf(status) <= STATUSES.indexOf(s) && status !== 'cancelled';
      const expert = ['closed', 'answered', 'scheduled', 'assigned'].includes(status)
        ? doctors.experts.get(pair.eastUnitId!)!
        : null;
      numbers[kind]++;
      const [row] = await tx
        .insert(telemedRequests)
        .values({
          tenantId,
          number: `${TELEMED_KIND_LABELS[kind].zh}-2019-${String(numbers[kind]).padStart(4, '0')}`,
          kind,
          status,
          urgency: n % 7 === 0 ? 'urgent' : 'routine',
          pairingId: pair.id,
          countyCode: pair.countyCode,
          westUnitId: pair.westUnitId!,
          eastUnitId: pair.eastUnitId!,
          department: c.department,
          summary: c.summary,
          requestedBy: pair.westUnitId === doctors.requesterUnit ? doctors.requester : null,
          requestedAt: at(day, 9),
          expertUserId: expert,
          assignedAt: expert ? later(1) : null,
          sessionOn: expert && reached('scheduled') ? dayOf(month, 3 + ((n * 5) % 20) + 3) : null,
          sessionTime: expert && reached('scheduled') ? '14:30' : null,
          sessionLink: expert && reached('scheduled') ? `远程会诊室 ${(n % 3) + 1} 号线路` : null,
          opinion: expert && reached('answered') ? OPINION : null,
          answeredAt: expert && reached('answered') ? later(3) : null,
          feedback: status === 'closed' ? FEEDBACK[n % FEEDBACK.length]! : null,
          rating: status === 'closed' ? 4 + (n % 2) : null,
          closedAt: status === 'closed' ? later(5) : null,
          cancelReason: status === 'cancelled' ? '患者已转上级医院就诊' : null,
        })
        .returning();
      if (status === 'closed') {
        await produceTelemedRecord(tx, ctx, systemProducer(tenantId), null, row!);
        closed++;
      }
    }
  }
  return { requests: pairs.length * 8, closed };
}
