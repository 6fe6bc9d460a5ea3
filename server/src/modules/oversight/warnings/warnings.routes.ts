import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { warningListDto, warningListQuery, warningSettings, warningSettingsDto } from '@xiezuo/domain';
import type { AppContext } from '../../../http/context';
import { requireActor } from '../../../http/actor';
import { requires } from '../../../http/policy';
import { errorResponses } from '../../../http/schemas';
import * as service from './warnings.service';

const READ = { policy: requires('business.read') };
const MANAGE = { policy: requires('org.manage') };

export function warningRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/warnings',
      {
        config: READ,
        schema: {
          tags: ['warnings'],
          summary:
            'Warnings in scope on a date: indicators behind pace, ratios below target, claims awaiting confirmation, unresolved disputes, dormant pairings, inactive units',
          querystring: warningListQuery,
          response: { 200: warningListDto, ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query),
    );
    app.get(
      '/warning-settings',
      {
        config: READ,
        schema: {
          tags: ['warnings'],
          summary: 'The tenant’s warning thresholds',
          response: { 200: warningSettingsDto, ...errorResponses },
        },
      },
      async (req) => service.getSettings(ctx, requireActor(req)),
    );
    app.put(
      '/warning-settings',
      {
        config: MANAGE,
        schema: {
          tags: ['warnings'],
          summary: 'Change the warning thresholds (district office)',
          body: warningSettings,
          response: { 200: warningSettingsDto, ...errorResponses },
        },
      },
      async (req) => service.putSettings(ctx, requireActor(req), req.meta, req.body),
    );
  };
}
