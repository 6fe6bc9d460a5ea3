import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cohortDetailDto, cohortDto, resultBody, studentBody, supportBody } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { registerSourceLink } from '../ledger/records.produced';
import * as repo from './cohorts.repository';
import * as service from './cohorts.service';
import { requireActor } from '../../http/actor';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const idParams = z.object({ id: z.uuid() });
const studentParams = idParams.extend({ studentId: z.uuid() });
const tags = ['cohorts'];

/** Cohorts of western students (the 夏河班): the register, term results and support received. */
export function cohortRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  // a support's ledger record links back to its cohort
  registerSourceLink('cohort_support', async (db, tenantId, id) => {
    const o = await repo.supportOwner(db, tenantId, id);
    return o ? { path: `/cohorts/${o.cohortId}`, title: `${o.cohortName} · ${o.studentName}` } : null;
  });
  return async (app) => {
    app.get(
      '/cohorts',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Cohorts of western students in view, with counts',
          response: { 200: z.object({ items: z.array(cohortDto), total: z.number().int() }), ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req)),
    );
    app.get(
      '/cohorts/:id',
      {
        config: READ,
        schema: {
          tags,
          summary: 'A cohort with its students (masked ID numbers), results and support',
          params: idParams,
          response: { 200: cohortDetailDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/cohorts/:id/students',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Add a student by ID number',
          params: idParams,
          body: studentBody,
          response: { 200: cohortDetailDto, ...errorResponses },
        },
      },
      async (req) => service.addStudent(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/cohorts/:id/students/:studentId/results',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'A student’s result for a term',
          params: studentParams,
          body: resultBody,
          response: { 200: cohortDetailDto, ...errorResponses },
        },
      },
      async (req) => service.addResult(ctx, requireActor(req), req.meta, req.params.id, req.params.studentId, req.body),
    );
    app.post(
      '/cohorts/:id/students/:studentId/supports',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Support a student received; produces a student_support ledger record',
          params: studentParams,
          body: supportBody,
          response: { 200: cohortDetailDto, ...errorResponses },
        },
      },
      async (req) =>
        service.addSupport(ctx, requireActor(req), req.meta, req.params.id, req.params.studentId, req.body),
    );
  };
}
