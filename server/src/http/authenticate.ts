import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveAccountSession, isAccountToken } from '../modules/accounts/account-sessions.service';
import { resolveSession } from '../modules/auth/auth.service';
import { safeEqual } from '../security/hash';
import type { AppContext } from './context';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies';
import { sendError } from './error-handler';
import { langFromHeader } from './lang';
import { isAllowed } from './policy';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser always sends Origin (or Sec-Fetch-Site) on state-changing requests; such requests must come from
 * this origin and carry the session's CSRF token. Clients that are not browsers cannot be driven by another
 * site and send neither header.
 */
function csrfProblem(req: FastifyRequest, csrfToken: string | null): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  const fromBrowser = origin !== undefined || site !== undefined;
  if (!fromBrowser) return false;
  if (site === 'cross-site') return true;
  if (origin !== undefined && origin !== 'null') {
    let originHost: string;
    let ownHost: string;
    try {
      originHost = new URL(origin).host;
      ownHost = new URL(`${req.protocol}://${req.headers.host ?? ''}`).host; // normalises default ports away
    } catch {
      return true;
    }
    if (originHost !== ownHost) return true;
  } else if (origin === 'null') return true;
  if (csrfToken === null) return false; // sign-in: no session yet, origin checked above
  const sent = req.headers[CSRF_HEADER];
  return typeof sent !== 'string' || !safeEqual(sent, csrfToken);
}

/** Resolves the caller, then enforces CSRF and the route's policy before validation or the handler run. */
export function installAuthentication(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('actor', null);
  app.decorateRequest('account', null);
  app.decorateRequest('lang', 'zh');
  app.decorateRequest('meta', null as never);
  app.addHook('onRequest', async (req, reply) => {
    req.lang = langFromHeader(req.headers['accept-language']);
    req.meta = { ip: req.ip, requestId: String(req.id), userAgent: req.headers['user-agent'] };
    reply.header('x-request-id', String(req.id));
    const policy = req.routeOptions.config?.policy;
    if (!req.url.startsWith('/api/') || !req.routeOptions.url) return; // static files; unknown routes get 404
    if (!policy) return sendError(reply, req.lang, 'FORBIDDEN');
    let expired = false;
    const token = req.cookies[SESSION_COOKIE];
    // external accounts' sessions are a kind of their own: their tokens are marked and looked up in their table
    if (token && isAccountToken(token)) {
      const found = await resolveAccountSession(ctx, token);
      if (found && 'account' in found) req.account = found.account;
      else if (found) expired = true;
    } else if (token) {
      const found = await resolveSession(ctx, token);
      if (found && 'actor' in found) req.actor = found.actor;
      else if (found) expired = true;
    }
    const csrfToken = req.actor?.csrfToken ?? req.account?.csrfToken ?? null;
    if (csrfProblem(req, csrfToken)) return sendError(reply, req.lang, 'CSRF_REJECTED');
    if (policy.kind === 'public') return;
    if (!req.actor && !req.account) return sendError(reply, req.lang, expired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (!req.actor) return isAllowed(policy, null, req.account) ? undefined : sendError(reply, req.lang, 'FORBIDDEN');
    const allowDuringChange = policy.kind === 'authenticated' && policy.allowPasswordChange === true;
    if (req.actor.mustChangePassword && !allowDuringChange)
      return sendError(reply, req.lang, 'PASSWORD_CHANGE_REQUIRED');
    if (!isAllowed(policy, req.actor)) return sendError(reply, req.lang, 'FORBIDDEN');
  });
}
