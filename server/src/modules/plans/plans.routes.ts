import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  indicatorActiveBody,
  indicatorCreateBody,
  planCopyBody,
  planDto,
  planListDto,
  planPublishBody,
  planYearsDto,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as indicators from '../progress/progress.service';
import { planExcelRoutes } from './excel/plans-excel.routes';
import * as plans from './plans.service';

const READ = { policy: requires('business.read') };
const MANAGE = { policy: requires('org.manage') };
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const codeParams = yearParams.extend({ code: z.string().max(80) });
const tags = ['plans'];

/** Plan years, adding and deactivating indicators, publishing, copying to another year, and the catalog as Excel. */
export function planRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(planExcelRoutes(ctx));
    app.get(
      '/plans',
      {
        config: READ,
        schema: {
          tags,
          summary: 'The tenant’s plan years: status and indicator counts',
          response: { 200: planListDto, ...errorResponses },
        },
      },
      async (req) => plans.listPlans(ctx, requireActor(req)),
    );
    app.get(
      '/plan-years',
      {
        // the organisation pages (org.read) offer years too; a year says nothing about a plan's content
        config: { policy: requires('org.read') },
        schema: {
          tags,
          summary: 'The years that have a plan (newest first) and the years a plan, group or pairing may be given',
          response: { 200: planYearsDto, ...errorResponses },
        },
      },
      async (req) => plans.planYears(ctx, requireActor(req)),
    );
    app.post(
      '/plans/:year/indicators',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Add an indicator (code unique in the plan; reason required once published)',
          params: yearParams,
          body: indicatorCreateBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) => indicators.createIndicator(ctx, requireActor(req), req.meta, req.params.year, req.body),
    );
    app.put(
      '/plans/:year/indicators/:code/status',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Deactivate or reactivate an indicator (never deleted; versioned, reason required once published)',
          params: codeParams,
          body: indicatorActiveBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) =>
        indicators.setIndicatorActive(ctx, requireActor(req), req.meta, req.params.year, req.params.code, req.body),
    );
    app.post(
      '/plans/:year/publish',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Publish a draft plan (version required)',
          params: yearParams,
          body: planPublishBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) => plans.publishPlan(ctx, requireActor(req), req.meta, req.params.year, req.body.version),
    );
    app.post(
      '/plans/:year/copy',
      {
        config: MANAGE,
        schema: {
          tags,
          summary:
            'Copy a plan’s active indicators to another year as a draft; 409 PLAN_EXISTS when that year has a plan',
          params: yearParams,
          body: planCopyBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) => plans.copyPlan(ctx, requireActor(req), req.meta, req.params.year, req.body.toYear),
    );
  };
}
