import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUserBody,
  setRolesBody,
  updateUserBody,
  userAdminDto,
  userWithPasswordDto,
  pageOf,
  pageQuery,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './users.service';

const READ = { policy: requires('users.read') };
const MANAGE = { policy: requires('users.manage') };
const idParams = z.object({ id: z.uuid() });

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/users',
      {
        config: READ,
        schema: {
          tags: ['users'],
          summary: 'Users of the tenant with their roles',
          querystring: pageQuery.extend({ q: z.string().trim().max(64).optional() }),
          response: { 200: pageOf(userAdminDto), ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query.q || undefined, req.query.page, req.query.pageSize),
    );
    app.post(
      '/users',
      {
        config: MANAGE,
        schema: {
          tags: ['users'],
          summary: 'Create a user',
          body: createUserBody,
          response: { 200: userWithPasswordDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.patch(
      '/users/:id',
      {
        config: MANAGE,
        schema: {
          tags: ['users'],
          summary: 'Rename, activate or deactivate a user',
          params: idParams,
          body: updateUserBody,
          response: { 200: userAdminDto, ...errorResponses },
        },
      },
      async (req) => service.update(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.put(
      '/users/:id/roles',
      {
        config: MANAGE,
        schema: {
          tags: ['users'],
          summary: 'Replace the roles of a user',
          params: idParams,
          body: setRolesBody,
          response: { 200: userAdminDto, ...errorResponses },
        },
      },
      async (req) => service.setRoles(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/users/:id/unlock',
      {
        config: MANAGE,
        schema: {
          tags: ['users'],
          summary: 'Lift a lockout',
          params: idParams,
          response: { 200: userAdminDto, ...errorResponses },
        },
      },
      async (req) => service.unlock(ctx, requireActor(req), req.meta, req.params.id),
    );
    app.post(
      '/users/:id/reset-password',
      {
        config: MANAGE,
        schema: {
          tags: ['users'],
          summary: 'Issue a new initial password',
          params: idParams,
          response: { 200: userWithPasswordDto, ...errorResponses },
        },
      },
      async (req) => service.resetPassword(ctx, requireActor(req), req.meta, req.params.id),
    );
  };
}
