import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorChangeBody, planDto, progressDto, progressQuery, recordSummaryDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as records from '../ledger/records.service';
import { baseRulesOf, personsBehind, recordIdsBehind } from './drilldown';
import * as service from './progress.service';
import { planRoutes } from '../plans/plans.routes';

const READ = { policy: requires('business.read') };
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const drillDto = z.object({
  code: z.string(),
  part: z.enum(['value', 'numerator', 'denominator']),
  which: z.enum(['confirmed', 'claimed']),
  total: z.number().int(),
  records: z.array(recordSummaryDto),
  persons: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      idMasked: z.string(),
      records: z.number().int(),
      isDuplicate: z.boolean(),
    }),
  ),
});

export function indicatorRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(planRoutes(ctx));
    app.get(
      '/plans/:year/indicators',
      {
        config: READ,
        schema: {
          tags: ['indicators'],
          summary:
            'The plan of a year with its indicator declarations (the active ones, or every one with includeInactive=true)',
          params: yearParams,
          querystring: z.object({ includeInactive: z.enum(['true', 'false']).optional() }),
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) =>
        service.getPlan(ctx, requireActor(req), req.params.year, {
          includeInactive: req.query.includeInactive === 'true',
        }),
    );
    app.get(
      '/plans/:year/progress',
      {
        config: READ,
        schema: {
          tags: ['indicators'],
          summary:
            'Every indicator computed live: confirmed, claimed, target, completion, expected, status; per county',
          params: yearParams,
          querystring: progressQuery,
          response: { 200: progressDto, ...errorResponses },
        },
      },
      async (req) => service.progress(ctx, requireActor(req), req.params.year, req.query),
    );
    app.get(
      '/plans/:year/indicators/:code/records',
      {
        config: READ,
        schema: {
          tags: ['indicators'],
          summary: 'The records (and distinct persons, masked) behind a number',
          params: yearParams.extend({ code: z.string().max(80) }),
          querystring: progressQuery.extend({
            part: z.enum(['value', 'numerator', 'denominator']).default('value'),
            which: z.enum(['confirmed', 'claimed']).default('confirmed'),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: drillDto, ...errorResponses },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const q = service.progressScope(actor, req.query);
        const decl = await service.findDecl(ctx, actor, req.params.year, req.params.code);
        const rules = baseRulesOf(decl);
        const rule = req.query.part === 'denominator' ? rules[1] : rules[0];
        const scope = {
          tenantId: actor.tenantId,
          year: req.params.year,
          asOf: req.query.asOf ?? `${req.params.year}-12-31`,
          county: q.county,
          unit: q.unit,
        };
        const { ids, total } = rule
          ? await recordIdsBehind(ctx.db, rule, scope, req.query.which, req.query.limit)
          : { ids: [], total: 0 };
        const list = ids.length ? await records.summariesByIds(ctx, actor, ids) : [];
        return {
          code: decl.code,
          part: req.query.part,
          which: req.query.which,
          total,
          records: list,
          persons: rule ? await personsBehind(ctx.db, rule, scope, req.query.limit) : [],
        };
      },
    );
    app.put(
      '/plans/:year/indicators/:code',
      {
        config: { policy: requires('org.manage') },
        schema: {
          tags: ['indicators'],
          summary: 'Change an indicator (versioned; reason required once published)',
          params: yearParams.extend({ code: z.string().max(80) }),
          body: indicatorChangeBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) =>
        service.updateIndicator(ctx, requireActor(req), req.meta, req.params.year, req.params.code, req.body),
    );
  };
}
