import type { FastifyReply } from 'fastify';
import type { Config } from '../config/config';

export const SESSION_COOKIE = 'xz_session';
export const CSRF_COOKIE = 'xz_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Sets the httpOnly session cookie and the readable CSRF cookie. */
export function setSessionCookies(reply: FastifyReply, config: Config, token: string, csrfToken: string) {
  const base = { path: '/', sameSite: 'strict' as const, secure: config.cookieSecure };
  reply.setCookie(SESSION_COOKIE, token, {
    ...base,
    httpOnly: true,
    maxAge: Math.floor(config.session.absoluteMs / 1000),
  });
  reply.setCookie(CSRF_COOKIE, csrfToken, {
    ...base,
    httpOnly: false,
    maxAge: Math.floor(config.session.absoluteMs / 1000),
  });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
