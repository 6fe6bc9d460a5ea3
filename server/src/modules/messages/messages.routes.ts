import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  channelPrefsBody,
  channelPrefsDto,
  markReadBody,
  messageListQuery,
  messagePageDto,
  unreadCountDto,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { ANYONE_SIGNED_IN, PUBLIC } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as repo from './messages.repository';
import * as service from './messages.service';

const TAGS = ['messages'];

export function messageRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const me = (req: {
      actor: Parameters<typeof service.recipientOf>[0];
      account: Parameters<typeof service.recipientOf>[1];
    }) => service.recipientOf(req.actor, req.account);
    const tenantOf = (req: { actor: { tenantId: string } | null; account: { tenantId: string } | null }) =>
      (req.actor ?? req.account)!.tenantId;
    app.get(
      '/messages',
      {
        config: { policy: ANYONE_SIGNED_IN },
        schema: {
          tags: TAGS,
          summary: 'My messages (the in-app centre), newest first, in my language',
          querystring: messageListQuery,
          response: { 200: messagePageDto, ...errorResponses },
        },
      },
      async (req) => service.inbox(ctx, me(req), req.lang, req.query),
    );
    app.get(
      '/messages/unread-count',
      {
        config: { policy: ANYONE_SIGNED_IN },
        schema: {
          tags: TAGS,
          summary: 'My unread messages (the bell)',
          response: { 200: unreadCountDto, ...errorResponses },
        },
      },
      async (req) => ({ unread: await repo.unreadCount(ctx.db, me(req)) }),
    );
    app.post(
      '/messages/read',
      {
        config: { policy: ANYONE_SIGNED_IN },
        schema: {
          tags: TAGS,
          summary: 'Mark some (ids) or all of my messages read',
          body: markReadBody,
          response: { 200: unreadCountDto, ...errorResponses },
        },
      },
      async (req) => service.markRead(ctx, me(req), req.body),
    );
    app.get(
      '/messages/prefs',
      {
        config: { policy: ANYONE_SIGNED_IN },
        schema: { tags: TAGS, summary: 'My message channels', response: { 200: channelPrefsDto, ...errorResponses } },
      },
      async (req) => service.prefsOf(ctx, me(req)),
    );
    app.put(
      '/messages/prefs',
      {
        config: { policy: ANYONE_SIGNED_IN },
        schema: {
          tags: TAGS,
          summary: 'Choose my channels (SMS, WeCom) and, for staff, the phone and WeCom ID they go to',
          body: channelPrefsBody,
          response: { 200: channelPrefsDto, ...errorResponses },
        },
      },
      async (req) => service.savePrefs(ctx, me(req), tenantOf(req), req.actor, req.meta, req.body),
    );
  };
}

/** `/m/<code>`: a message's short link (in SMS and WeCom texts) redirects to the page it opens. */
export function shortLinkRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/m/:code',
      {
        config: { policy: PUBLIC },
        schema: { hide: true, params: z.object({ code: z.string().regex(/^[A-Za-z0-9]{6,16}$/) }) },
      },
      async (req, reply) => {
        const found = await repo.findByShortCode(ctx.db, req.params.code);
        return reply.redirect(found?.link ?? '/', 302);
      },
    );
  };
}
