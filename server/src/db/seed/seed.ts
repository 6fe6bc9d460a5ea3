import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context';
import { hashPassword } from '../../security/password';
import { appendAudit } from '../../lib/audit-tx';
import { useChainKey } from '../../modules/audit/audit-chain';
import type { DbOrTx } from '../client';
import {
  orgGroupMembers,
  orgGroups,
  passwordHistory,
  tenantCounties,
  tenants,
  units,
  userRoles,
  users,
} from '../schema';
import {
  COUNTIES,
  DEMO_USERS,
  GROUP_YEARS,
  ILLUSTRATIVE_MEMBERS,
  LEAD_UNITS,
  LEADERSHIP_GROUP,
  NAMED_MEMBERS,
  TENANT,
  WORKING_GROUPS,
} from './org.data';
import { loadRegions } from './regions.seed';
import { seedPairings2018 } from './pairings.seed';
import { insertDemoRecords } from './demo-ledger';
import { ledger2018 } from './ledger-2018.data';
import { ledger2019 } from './ledger-2019.data';
import { seedPlans } from './plans.seed';
import { seedOversight } from './oversight.seed';
import { seedFunds } from './funds.seed';
import { seedMessaging } from './messaging.seed';
import { seedTasks2019 } from './tasks.seed';
import { seedFamilyPairs, seedXiaheCohort } from './health-edu.seed';
import { seedTelemedicine } from './telemedicine.seed';
import { seedConsumption } from './consumption.seed';
import { seedCharity } from './charity.seed';
import { planLabourHires, seedLabour } from './labour.seed';

/** A password that satisfies the default policy: 16 random characters plus one of each class. */
export function generatePassword(): string {
  return `Xz${crypto.randomBytes(12).toString('base64url')}#7`;
}

const SYSTEM_META = { ip: 'system', requestId: 'seed', userAgent: undefined };

async function insertTenant(tx: DbOrTx) {
  const [t] = await tx.insert(tenants).values(TENANT).returning();
  await tx.insert(tenantCounties).values(COUNTIES.map((c, i) => ({ tenantId: t!.id, regionCode: c.code, sort: i })));
  return t!;
}

async function insertStructure(tx: DbOrTx, tenantId: string): Promise<Map<string, string>> {
  const members = [...LEAD_UNITS, ...NAMED_MEMBERS, ...ILLUSTRATIVE_MEMBERS];
  const rows = await tx
    .insert(units)
    .values(
      members.map((u, i) => ({
        tenantId,
        code: u.code,
        name: u.name,
        type: u.type,
        side: 'east' as const,
        regionCode: TENANT.regionCode,
        isMember: true,
        isIllustrative: u.illustrative === true,
        sort: i,
      })),
    )
    .returning({ id: units.id, code: units.code });
  const unitIds = new Map(rows.map((r) => [r.code, r.id]));
  for (const year of GROUP_YEARS) {
    const [lg] = await tx
      .insert(orgGroups)
      .values({
        tenantId,
        year,
        kind: 'leadership',
        code: LEADERSHIP_GROUP.code,
        name: LEADERSHIP_GROUP.name,
        leaderTitle: LEADERSHIP_GROUP.leaderTitle,
        sort: 0,
      })
      .returning();
    await tx.insert(orgGroupMembers).values(rows.map((r) => ({ tenantId, groupId: lg!.id, unitId: r.id })));
    for (const [i, g] of WORKING_GROUPS.entries()) {
      const [wg] = await tx
        .insert(orgGroups)
        .values({
          tenantId,
          year,
          kind: 'working',
          code: g.code,
          name: g.name,
          leadUnitId: unitIds.get(g.lead)!,
          sort: i + 1,
        })
        .returning();
      const memberCodes = [g.lead, ...g.members];
      await tx
        .insert(orgGroupMembers)
        .values(memberCodes.map((c) => ({ tenantId, groupId: wg!.id, unitId: unitIds.get(c)! })));
    }
  }
  return unitIds;
}

async function insertUser(
  tx: DbOrTx,
  tenantId: string,
  u: { username: string; displayName: string; passwordHash: string; mustChange: boolean },
) {
  const [row] = await tx
    .insert(users)
    .values({
      tenantId,
      username: u.username,
      displayName: u.displayName,
      passwordHash: u.passwordHash,
      mustChangePassword: u.mustChange,
    })
    .returning({ id: users.id });
  await tx.insert(passwordHistory).values({ userId: row!.id, passwordHash: u.passwordHash });
  return row!.id;
}

async function insertDemoUsers(tx: DbOrTx, tenantId: string, unitIds: Map<string, string>, password: string) {
  for (const u of DEMO_USERS) {
    const id = await insertUser(tx, tenantId, {
      username: u.username,
      displayName: u.displayName,
      passwordHash: await hashPassword(password),
      mustChange: false,
    });
    const scopeId = !u.scope ? null : u.scope.type === 'unit' ? unitIds.get(u.scope.ref)! : u.scope.ref;
    await tx
      .insert(userRoles)
      .values({ tenantId, userId: id, role: u.role, scopeType: u.scope?.type ?? 'tenant', scopeId });
  }
}

function writeSecretFile(dataDir: string, name: string, text: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, name);
  fs.writeFileSync(file, text, { mode: 0o600 });
  return file;
}

/** Loads reference regions at every start; on an empty database, the tenant with demo data (or only a secadmin). */
export async function seedOnFirstStart(ctx: AppContext, log: (m: string) => void): Promise<void> {
  useChainKey(ctx.keys.audit);
  await loadRegions(ctx.db);
  const existing = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(tenants);
  if ((existing[0]?.n ?? 0) > 0) return;
  const demo = ctx.config.demo;
  const password = demo ? (ctx.config.demoPassword ?? generatePassword()) : generatePassword();
  await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7314159267)`);
    const again = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.code, TENANT.code));
    if (again.length) return;
    const tenant = await insertTenant(tx);
    if (demo) {
      const unitIds = await insertStructure(tx, tenant.id);
      // the pairings add the schools and hospitals some demo accounts belong to
      await seedPairings2018(tx, tenant.id, TENANT.regionCode, unitIds);
      await insertDemoUsers(tx, tenant.id, unitIds, password);
      await seedPlans(tx, tenant.id);
      const consumption = await seedConsumption(tx, tenant.id, unitIds);
      const year2019 = ledger2019();
      const hires = planLabourHires(year2019);
      await insertDemoRecords(tx, ctx.keys, tenant.id, unitIds, [...ledger2018(), ...year2019, ...consumption]);
      await seedLabour(tx, ctx.keys, tenant.id, hires);
      await seedFunds(tx, ctx, tenant.id, unitIds);
      await seedOversight(tx, tenant.id);
      await seedMessaging(tx, ctx.keys, tenant.id, ctx.config.messaging.demoExternalPhone);
      await seedTasks2019(tx, tenant.id, unitIds, ctx.config.dataDir);
      await seedXiaheCohort(tx, ctx, tenant.id, unitIds);
      await seedFamilyPairs(tx, ctx, tenant.id, unitIds);
      await seedTelemedicine(tx, ctx, tenant.id, unitIds);
      await seedCharity(tx, ctx.keys, tenant.id, unitIds);
    } else {
      const id = await insertUser(tx, tenant.id, {
        username: 'secadmin',
        displayName: '安全管理员',
        passwordHash: await hashPassword(password),
        mustChange: true,
      });
      await tx
        .insert(userRoles)
        .values({ tenantId: tenant.id, userId: id, role: 'sec_admin', scopeType: 'tenant', scopeId: null });
    }
    await appendAudit(tx, null, SYSTEM_META, {
      action: 'system.seed',
      outcome: 'success',
      tenantId: tenant.id,
      userId: null,
      username: 'system',
      objectType: 'tenant',
      objectId: tenant.id,
      details: { demo },
    });
  });
  if (demo) {
    const lines = DEMO_USERS.map((u) => `${u.username.padEnd(18)} ${u.role.padEnd(16)} ${u.displayName}`);
    const shown = ctx.config.demoPassword ? '(DEMO_PASSWORD)' : password;
    const text = `Xiezuo demo accounts (演示账户)\npassword for all: ${shown}\n\n${lines.join('\n')}\n`;
    const file = writeSecretFile(ctx.config.dataDir, 'demo-accounts.txt', text);
    log(`\n${text}\nWritten to ${file}. 演示账户的密码只显示这一次。\n`);
  } else {
    const file = writeSecretFile(
      ctx.config.dataDir,
      'initial-secadmin.txt',
      `secadmin initial password (must be changed at first sign-in): ${password}\n`,
    );
    log(
      `\nFirst start without demo data: user secadmin, initial password ${password} (change it at first sign-in). Written to ${file}.\n`,
    );
  }
}
