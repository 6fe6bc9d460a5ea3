import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { charitySettingsBody, charitySettingsDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { getCharitySettings, putCharitySettings } from './settings.service';

/** The charity platform's settings: reservation days and the yearly cap per beneficiary. */
export function charitySettingsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/charity/settings',
      {
        config: { policy: requires('business.read', 'charity.custody') },
        schema: {
          tags: ['charity'],
          summary: 'The charity settings: reservation days, yearly cap per beneficiary (fen), version',
          response: { 200: charitySettingsDto, ...errorResponses },
        },
      },
      async (req) => getCharitySettings(ctx, requireActor(req)),
    );
    app.put(
      '/charity/settings',
      {
        config: { policy: requires('org.manage') },
        schema: {
          tags: ['charity'],
          summary: 'Change the charity settings (district office), with the version read',
          body: charitySettingsBody,
          response: { 200: charitySettingsDto, ...errorResponses },
        },
      },
      async (req) => putCharitySettings(ctx, requireActor(req), req.meta, req.body),
    );
  };
}
