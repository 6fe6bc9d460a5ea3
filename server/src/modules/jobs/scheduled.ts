import { abilitiesOf, DUE_SOON_DAYS } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { purgeSpentCodes } from '../accounts/accounts.service';
import { lapseReservations } from '../charity/claims.service';
import { usersWhere } from '../messages/audience';
import { enqueueMessage } from '../messages/outbox';
import { settingsOf } from '../oversight/warnings/warnings.service';
import { remindDue } from '../oversight/supervision/supervision.service';
import { countDormant } from '../pairings/pairings.service';
import { workingDate } from '../settings/working-date.service';
import { sendDueFollowups } from '../labour/followups.service';
import * as repo from './jobs.repository';

export type ScheduledJob = {
  name: string;
  /** cron in Asia/Shanghai */
  cron: string;
  label: { zh: string; en: string };
  /** does the work; returns a short note for the run list (counts, never personal data) */
  run: (ctx: AppContext) => Promise<string>;
};

/** Per tenant, on its working date: dormant pairings told to the office (once per working date). */
async function dormancy(ctx: AppContext): Promise<string> {
  const notes: string[] = [];
  for (const tenantId of await repo.tenantIds(ctx.db)) {
    const asOf = await workingDate(ctx.db, tenantId);
    const months = (await settingsOf(ctx, tenantId)).dormantMonths;
    const count = await countDormant(ctx, tenantId, months, asOf);
    notes.push(`${count} dormant on ${asOf}`);
    if (!count) continue;
    await ctx.db.transaction(async (tx) => {
      const to = await usersWhere(tx, tenantId, (m) => abilitiesOf(m.roles).includes('org.manage'));
      await enqueueMessage(ctx, tx, {
        tenantId,
        to,
        template: 'pairing.dormant',
        vars: { count, months, date: asOf },
        link: '/pairings/dormant',
        key: `pairing.dormant:${asOf}`,
      });
    });
  }
  return notes.join('; ');
}

/** Per tenant, on its working date: supervision orders due within 3 days, and overdue ones. */
async function supervisionReminders(ctx: AppContext): Promise<string> {
  const notes: string[] = [];
  for (const tenantId of await repo.tenantIds(ctx.db)) {
    const on = await workingDate(ctx.db, tenantId);
    const r = await remindDue(ctx, tenantId, on, DUE_SOON_DAYS);
    notes.push(`${r.orders} orders, ${r.queued} messages on ${on}`);
  }
  return notes.join('; ');
}

/** Per tenant, by its clock: charity reservations past their days released, audited, their donors told. */
async function charityLapse(ctx: AppContext): Promise<string> {
  const notes: string[] = [];
  for (const tenantId of await repo.tenantIds(ctx.db))
    notes.push(`${await lapseReservations(ctx, tenantId)} reservations released`);
  return notes.join('; ');
}

/** Per tenant, on its working date: the labour follow-ups (稳岗回访) due at 1, 3 and 6 months after a start. */
export async function labourFollowups(ctx: AppContext): Promise<string> {
  const notes: string[] = [];
  for (const tenantId of await repo.tenantIds(ctx.db)) {
    const r = await sendDueFollowups(ctx, tenantId);
    notes.push(`${r.due} due, ${r.messages} messages, ${r.silent} silent on ${r.asOf}`);
  }
  return notes.join('; ');
}

async function housekeeping(ctx: AppContext): Promise<string> {
  return `${await purgeSpentCodes(ctx.db)} spent sign-in codes removed`;
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  { name: 'jobs.dormancy', cron: '0 7 * * *', label: { zh: '沉睡结对提醒', en: 'Dormant pairings' }, run: dormancy },
  {
    name: 'jobs.supervision-reminders',
    cron: '0 8 * * *',
    label: { zh: '督办到期与逾期提醒', en: 'Supervision due and overdue reminders' },
    run: supervisionReminders,
  },
  {
    name: 'jobs.charity-lapse',
    cron: '10 0 * * *',
    label: { zh: '公益认领预留到期释放', en: 'Lapsed charity reservations released' },
    run: charityLapse,
  },
  {
    name: 'jobs.labour-followups',
    cron: '0 9 * * *',
    label: { zh: '劳务稳岗回访', en: 'Labour follow-ups' },
    run: labourFollowups,
  },
  {
    name: 'jobs.housekeeping',
    cron: '30 3 * * *',
    label: { zh: '清理过期验证码', en: 'Housekeeping' },
    run: housekeeping,
  },
];

/** Runs a scheduled job and keeps its run (start, end, outcome, note) for the system admin. */
export async function runScheduled(ctx: AppContext, job: ScheduledJob): Promise<void> {
  const id = await repo.startRun(ctx.db, job.name);
  try {
    await repo.finishRun(ctx.db, id, 'ok', await job.run(ctx));
  } catch (e) {
    await repo.finishRun(ctx.db, id, 'failed', e instanceof Error ? e.message : String(e));
    throw e;
  }
}
