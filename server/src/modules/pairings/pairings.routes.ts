import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dormantDto,
  pairingBody,
  pairingDto,
  pairingListQuery,
  pairingPatchBody,
  pairingStatsDto,
  pageOf,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as agreements from './agreements.service';
import { pairingExcelRoutes } from './excel/pairings-excel.routes';
import * as service from './pairings.service';

const READ = { policy: requires('business.read') };
const MANAGE = { policy: requires('org.manage') };
const idParams = z.object({ id: z.uuid() });
const today = () => new Date().toISOString().slice(0, 10);

export function pairingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(pairingExcelRoutes(ctx));
    app.get(
      '/pairings',
      {
        config: READ,
        schema: {
          tags: ['pairings'],
          summary: 'Pairings in scope, filtered, sorted and paged',
          querystring: pairingListQuery,
          response: { 200: pageOf(pairingDto), ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query),
    );
    app.get(
      '/pairings/stats',
      {
        config: READ,
        schema: {
          tags: ['pairings'],
          summary: 'Pairings by kind and county, and the agreement count',
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: { 200: pairingStatsDto, ...errorResponses },
        },
      },
      async (req) =>
        service.stats(
          ctx,
          requireActor(req),
          req.query.year,
          await agreements.countInYear(ctx, requireActor(req), req.query.year),
        ),
    );
    app.get(
      '/pairings/dormant',
      {
        config: READ,
        schema: {
          tags: ['pairings', 'warnings'],
          summary: 'Active pairings with no ledger record in the last N months',
          querystring: z.object({
            months: z.coerce.number().int().min(1).max(60).optional(),
            asOf: z.iso.date().optional(),
          }),
          response: { 200: dormantDto, ...errorResponses },
        },
      },
      async (req) =>
        service.dormant(
          ctx,
          requireActor(req),
          req.query.months ?? ctx.config.dormantMonths,
          req.query.asOf ?? today(),
        ),
    );
    app.get(
      '/pairings/:id',
      {
        config: READ,
        schema: {
          tags: ['pairings'],
          summary: 'One pairing',
          params: idParams,
          response: { 200: pairingDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/pairings',
      {
        config: MANAGE,
        schema: {
          tags: ['pairings'],
          summary: 'Create a pairing',
          body: pairingBody,
          response: { 200: pairingDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.patch(
      '/pairings/:id',
      {
        config: MANAGE,
        schema: {
          tags: ['pairings'],
          summary: 'Change dates, status or note',
          params: idParams,
          body: pairingPatchBody,
          response: { 200: pairingDto, ...errorResponses },
        },
      },
      async (req) => service.update(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/pairings/:id/confirm',
      {
        config: { policy: requires('business.write') },
        schema: {
          tags: ['pairings'],
          summary: 'The county confirms a pairing of its county',
          params: idParams,
          response: { 200: pairingDto, ...errorResponses },
        },
      },
      async (req) => service.confirm(ctx, requireActor(req), req.meta, req.params.id),
    );
  };
}
