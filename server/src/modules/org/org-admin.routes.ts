import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  copyYearBody,
  groupBody,
  groupDto,
  groupPatchBody,
  unitBody,
  unitDto,
  unitListQuery,
  unitPatchBody,
  pageOf,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './org-admin.service';

const READ = { policy: requires('org.read') };
const MANAGE = { policy: requires('org.manage') };
const idParams = z.object({ id: z.uuid() });

export function orgAdminRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/units',
      {
        config: READ,
        schema: {
          tags: ['org'],
          summary: 'Units, filtered and paged',
          querystring: unitListQuery,
          response: { 200: pageOf(unitDto), ...errorResponses },
        },
      },
      async (req) => service.listUnits(ctx, requireActor(req), req.query),
    );
    app.post(
      '/units',
      {
        config: MANAGE,
        schema: {
          tags: ['org'],
          summary: 'Create a unit',
          body: unitBody,
          response: { 200: unitDto, ...errorResponses },
        },
      },
      async (req) => service.createUnit(ctx, requireActor(req), req.meta, req.body),
    );
    app.patch(
      '/units/:id',
      {
        config: MANAGE,
        schema: {
          tags: ['org'],
          summary: 'Change a unit',
          params: idParams,
          body: unitPatchBody,
          response: { 200: unitDto, ...errorResponses },
        },
      },
      async (req) => service.updateUnit(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/org/groups',
      {
        config: MANAGE,
        schema: {
          tags: ['org'],
          summary: 'Create a working group for a year',
          body: groupBody,
          response: { 200: groupDto, ...errorResponses },
        },
      },
      async (req) => service.createGroup(ctx, requireActor(req), req.meta, req.body),
    );
    app.patch(
      '/org/groups/:id',
      {
        config: MANAGE,
        schema: {
          tags: ['org'],
          summary: 'Rename a group, change its lead unit or members',
          params: idParams,
          body: groupPatchBody,
          response: { 200: groupDto, ...errorResponses },
        },
      },
      async (req) => service.updateGroup(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/org/years/:year/copy',
      {
        config: MANAGE,
        schema: {
          tags: ['org'],
          summary: 'Copy the groups of another year into this one',
          params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
          body: copyYearBody,
          response: { 200: z.object({ year: z.number().int(), groups: z.number().int() }), ...errorResponses },
        },
      },
      async (req) => service.copyYear(ctx, requireActor(req), req.meta, req.params.year, req.body),
    );
  };
}
