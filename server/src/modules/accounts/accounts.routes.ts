import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountSessionDto, okResponse, otpRequestBody, otpRequestDto, otpVerifyBody } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { clearSessionCookies, setSessionCookies } from '../../http/cookies';
import { external, PUBLIC } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { presentAccountSession, resolveAccountSession } from './account-sessions.service';
import { requestOtp, verifyOtp } from './otp.service';
import * as repo from './accounts.repository';
import { AppError } from '../../http/app-error';

export function accountRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  // per client IP, on top of the per-phone limits kept in the database
  const perIp = { max: ctx.config.lockout.ratePerMinute, timeWindow: '1 minute' };
  return async (app) => {
    app.post(
      '/auth/otp/request',
      {
        config: { policy: PUBLIC, rateLimit: perIp },
        schema: {
          tags: ['accounts'],
          summary: 'Send a 6-digit sign-in code to a phone (people outside government; valid 5 minutes)',
          body: otpRequestBody,
          response: { 200: otpRequestDto, ...errorResponses },
        },
      },
      async (req) => requestOtp(ctx, req.meta, req.body.phone, req.body.tenant),
    );
    app.post(
      '/auth/otp/verify',
      {
        config: { policy: PUBLIC, rateLimit: perIp },
        schema: {
          tags: ['accounts'],
          summary: 'Sign in with phone and code: finds or creates the external account (5 tries per code)',
          body: otpVerifyBody,
          response: { 200: accountSessionDto, ...errorResponses },
        },
      },
      async (req, reply) => {
        const { session, isNew } = await verifyOtp(ctx, req.meta, req.body.phone, req.body.code, req.body.tenant);
        setSessionCookies(reply, ctx.config, session.token, session.csrfToken);
        const found = await resolveAccountSession(ctx, session.token);
        if (!found || !('account' in found)) throw new AppError('INTERNAL');
        return presentAccountSession(ctx, found.account, isNew);
      },
    );
    app.get(
      '/account/me',
      {
        config: { policy: external() },
        schema: {
          tags: ['accounts'],
          summary: 'The signed-in external account: roles, what it is bound to',
          response: { 200: accountSessionDto, ...errorResponses },
        },
      },
      async (req) => presentAccountSession(ctx, req.account!),
    );
    app.post(
      '/account/logout',
      {
        config: { policy: external() },
        schema: {
          tags: ['accounts'],
          summary: 'Sign an external account out',
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (req, reply) => {
        await repo.revokeSession(ctx.db, req.account!.sessionId);
        clearSessionCookies(reply);
        return { ok: true as const };
      },
    );
  };
}
