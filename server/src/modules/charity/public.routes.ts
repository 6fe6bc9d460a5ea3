import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  publicNeedsDto,
  publicNeedsQuery,
  publicSummaryDto,
  publicSummaryQuery,
  publicVerifyDto,
  verifyParams,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { PUBLIC } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { PUBLIC_MAX_AGE_SECONDS } from './public.cache';
import { publicNeedList, publicSummary, publicVerify } from './public.service';

/**
 * The public charity page's API: no cookie needed, rate-limited per client address, cached in the process and by
 * browsers and proxies for a few seconds. Answers carry nothing that names or joins to a person.
 */
export function publicCharityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const rateLimit = { max: ctx.config.publicRatePerMinute, timeWindow: '1 minute' };
  const config = { policy: PUBLIC, rateLimit };
  const tags = ['charity-public'];
  return async (app) => {
    app.addHook('onSend', async (_req, reply) => {
      if (reply.statusCode === 200) reply.header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
    });
    app.get(
      '/public/charity/needs',
      {
        config,
        schema: {
          tags,
          summary: 'Public needs with their progress (no sign-in)',
          querystring: publicNeedsQuery,
          response: { 200: publicNeedsDto, ...errorResponses },
        },
      },
      async (req) => publicNeedList(ctx, req.query),
    );
    app.get(
      '/public/charity/summary',
      {
        config,
        schema: {
          tags,
          summary: 'Totals by county and kind, honour list, verification entries (no sign-in)',
          querystring: publicSummaryQuery,
          response: { 200: publicSummaryDto, ...errorResponses },
        },
      },
      async (req) => publicSummary(ctx, req.query.tenant),
    );
    app.get(
      '/public/charity/verify/:code',
      {
        config,
        schema: {
          tags,
          summary: 'Verify a receipt or a batch by the code on the certificate (no sign-in)',
          params: verifyParams,
          response: { 200: publicVerifyDto, ...errorResponses },
        },
      },
      async (req) => publicVerify(ctx, req.params.code),
    );
  };
}
