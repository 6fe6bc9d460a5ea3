import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  expenditureInput,
  projectAdjustmentDecisionBody,
  projectAdjustmentInput,
  projectDto,
  projectInput,
  projectListDto,
  projectListQuery,
  projectPatch,
  projectTransitionBody,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { registerSourceLink } from '../ledger/records.produced';
import { sendDownload } from '../../lib/files/download';
import { readUpload } from '../../lib/files/upload';
import { attachProjectFile, openProjectFile } from './project-files.service';
import * as money from './money.repository';
import { decideAdjustment, proposeAdjustment } from './project-adjustments.service';
import { transition } from './project-stages.service';
import * as repo from './projects.repository';
import * as service from './projects.service';
import { spend } from './receipts.service';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const tags = ['funds'];
const idParams = z.object({ id: z.uuid() });

/** Produced ledger records link back to their project's page. */
function registerSources() {
  const link = (p: { id: string; code: string; name: string } | undefined) =>
    p ? { path: `/funds/projects/${p.id}`, title: `${p.code} ${p.name}` } : null;
  registerSourceLink('fund_project_completion', async (db, tenantId, id) =>
    link(await repo.findWide(db, tenantId, id)),
  );
  registerSourceLink('fund_payment_line', async (db, tenantId, id) => {
    const projectId = await money.projectOfLine(db, id);
    return projectId ? link(await repo.findWide(db, tenantId, projectId)) : null;
  });
}

/** 项目库: list, one project, proposal and edit, stage steps, adjustments, spending and evidence files. */
export function projectRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  registerSources();
  return async (app) => {
    app.get(
      '/projects',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Projects in scope, filtered (year, county, stage, category, source, q), with money totals',
          querystring: projectListQuery,
          response: { 200: projectListDto, ...errorResponses },
        },
      },
      async (req) => service.list(ctx, requireActor(req), req.query),
    );
    app.post(
      '/projects',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Propose a project (county officer of its county, or the district office)',
          body: projectInput,
          response: { 200: projectDto, ...errorResponses },
        },
      },
      async (req) => service.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/projects/:id',
      {
        config: READ,
        schema: {
          tags,
          summary: 'One project: stages, money, outputs, files, records',
          params: idParams,
          response: { 200: projectDto, ...errorResponses },
        },
      },
      async (req) => service.get(ctx, requireActor(req), req.params.id),
    );
    app.patch(
      '/projects/:id',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Edit a proposed or returned project (version; 409 when stale)',
          params: idParams,
          body: projectPatch,
          response: { 200: projectDto, ...errorResponses },
        },
      },
      async (req) => service.update(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/projects/:id/transitions',
      {
        config: WRITE,
        schema: {
          tags,
          summary:
            'A stage step {to, reason?, override?}: skips 409, own proposal 403, broken fund rule 409 unless overridden with a reason',
          params: idParams,
          body: projectTransitionBody,
          response: { 200: projectDto, ...errorResponses },
        },
      },
      async (req) => transition(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/projects/:id/adjustments',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Ask to change the amount or scope, or to cancel (reason required)',
          params: idParams,
          body: projectAdjustmentInput,
          response: { 200: projectDto, ...errorResponses },
        },
      },
      async (req) => proposeAdjustment(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/project-adjustments/:id/decision',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'The funds group approves or rejects an adjustment',
          params: idParams,
          body: projectAdjustmentDecisionBody,
          response: { 200: projectDto, ...errorResponses },
        },
      },
      async (req) => decideAdjustment(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/projects/:id/expenditures',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'The county records spending on the project (≤ received)',
          params: idParams,
          body: expenditureInput,
          response: { 200: projectDto, ...errorResponses },
        },
      },
      async (req) => spend(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/projects/:id/files',
      {
        config: WRITE,
        schema: {
          tags,
          summary:
            'Attach evidence (multipart "file": PDF, PNG, JPEG, xlsx ≤ 20 MB): proposal papers, acceptance, hand-over',
          params: idParams,
          response: { 200: projectDto, ...errorResponses },
        },
      },
      async (req) => attachProjectFile(ctx, requireActor(req), req.meta, req.params.id, await readUpload(req)),
    );
    app.get(
      '/projects/:id/files/:fileId',
      {
        config: READ,
        schema: { tags, summary: 'Download a project file', params: idParams.extend({ fileId: z.uuid() }) },
      },
      async (req, reply) =>
        sendDownload(reply, await openProjectFile(ctx, requireActor(req), req.params.id, req.params.fileId)),
    );
  };
}
