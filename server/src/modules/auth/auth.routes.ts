import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordBody, loginBody, okResponse, sessionDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { clearSessionCookies, setSessionCookies } from '../../http/cookies';
import { PUBLIC } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './auth.service';

const AUTHED_DURING_CHANGE = { kind: 'authenticated', allowPasswordChange: true } as const;

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: { policy: PUBLIC, rateLimit: { max: ctx.config.lockout.ratePerMinute, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Sign in',
          body: loginBody,
          response: { 200: sessionDto, ...errorResponses },
        },
      },
      async (req, reply) => {
        const { token, actor } = await service.login(ctx, req.meta, req.body.username, req.body.password);
        setSessionCookies(reply, ctx.config, token, actor.csrfToken);
        return service.sessionOf(ctx, actor);
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { policy: AUTHED_DURING_CHANGE },
        schema: { tags: ['auth'], summary: 'Sign out', response: { 200: okResponse, ...errorResponses } },
      },
      async (req, reply) => {
        await service.logout(ctx, requireActor(req), req.meta);
        clearSessionCookies(reply);
        return { ok: true as const };
      },
    );

    app.get(
      '/auth/me',
      {
        config: { policy: AUTHED_DURING_CHANGE },
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user, roles with scopes, abilities',
          response: { 200: sessionDto, ...errorResponses },
        },
      },
      async (req) => service.sessionOf(ctx, requireActor(req)),
    );

    app.post(
      '/auth/change-password',
      {
        config: {
          policy: AUTHED_DURING_CHANGE,
          // per user, as many a minute as sign-ins per address: wrong current passwords also count towards the lockout
          rateLimit: {
            max: ctx.config.lockout.ratePerMinute,
            timeWindow: '1 minute',
            keyGenerator: (req) => `password-change:${req.actor?.userId ?? req.ip}`,
          },
        },
        schema: {
          tags: ['auth'],
          summary: 'Change own password',
          body: changePasswordBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (req) => {
        await service.changePassword(ctx, requireActor(req), req.meta, req.body.currentPassword, req.body.newPassword);
        return { ok: true as const };
      },
    );
  };
}
