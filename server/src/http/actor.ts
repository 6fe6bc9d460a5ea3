import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import type { Actor } from './context';

/**
 * The caller of a route whose policy requires a session. authenticate.ts has already answered 401 for a request
 * without one, so this only fails if a route that needs an actor is declared PUBLIC, and then it fails closed.
 */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}
