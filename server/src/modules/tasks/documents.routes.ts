import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  documentBody,
  documentDto,
  documentListDto,
  documentListQuery,
  planTransitionBody,
  taskImportResultDto,
  unitPlanBody,
  unitPlanDto,
  unitPlanListDto,
  unitPlanQuery,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { sendDownload } from '../../lib/files/download';
import { readUpload } from '../../lib/files/upload';
import * as service from './documents.service';
import * as unitPlans from './unit-plans.service';
import { exportTasks } from './excel/tasks-excel.export';
import { importTasks } from './excel/tasks-excel.import';
import { requireActor } from '../../http/actor';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const idParams = z.object({ id: z.uuid() });
const tags = ['tasks'];

/** Documents (the year's four documents, working-group plans, unit plans) and the unit-plan overview. */
export function documentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/documents',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Documents of the tenant: the year’s documents, working-group plans, unit plans in view',
          querystring: documentListQuery,
          response: { 200: documentListDto, ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query),
    );
    app.post(
      '/documents',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Record a document (office), or start a working-group or unit plan (its authors)',
          body: documentBody,
          response: { 200: documentDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/documents/:id',
      {
        config: READ,
        schema: { tags, summary: 'One document', params: idParams, response: { 200: documentDto, ...errorResponses } },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/documents/:id/transitions',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Submit a plan for review (its author), accept or return it (office)',
          params: idParams,
          body: planTransitionBody,
          response: { 200: documentDto, ...errorResponses },
        },
      },
      async (req) => service.transition(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/documents/:id/file',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Upload the document itself (multipart field "file": PDF or Word docx, ≤ 20 MB)',
          params: idParams,
          response: { 200: documentDto, ...errorResponses },
        },
      },
      async (req) => service.attachFile(ctx, requireActor(req), req.meta, req.params.id, await readUpload(req)),
    );
    app.get(
      '/documents/:id/file',
      { config: READ, schema: { tags, summary: 'Download the document', params: idParams } },
      async (req, reply) => sendDownload(reply, await service.openFile(ctx, requireActor(req), req.params.id)),
    );
    app.get(
      '/documents/:id/tasks.xlsx',
      {
        config: READ,
        schema: {
          tags,
          summary: 'The document’s tasks as an Excel sheet (the import template when empty)',
          params: idParams,
        },
      },
      async (req, reply) => sendDownload(reply, await exportTasks(ctx, requireActor(req), req.meta, req.params.id)),
    );
    app.post(
      '/documents/:id/tasks/import',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Import the document’s tasks from Excel (multipart "file"): every row valid or nothing changes',
          params: idParams,
          response: { 200: taskImportResultDto, ...errorResponses },
        },
      },
      async (req) => importTasks(ctx, requireActor(req), req.meta, req.params.id, await readUpload(req)),
    );
    app.get(
      '/unit-plans',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Each member unit in view with its plan for the year (or its absence), late or not',
          querystring: unitPlanQuery,
          response: { 200: unitPlanListDto, ...errorResponses },
        },
      },
      async (req) => unitPlans.list(ctx, requireActor(req), req.query.year),
    );
    app.post(
      '/unit-plans',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Start a unit’s plan for the year as a draft (its reporter, or the office)',
          body: unitPlanBody,
          response: { 200: unitPlanDto, ...errorResponses },
        },
      },
      async (req) => unitPlans.create(ctx, requireActor(req), req.meta, req.body),
    );
  };
}
