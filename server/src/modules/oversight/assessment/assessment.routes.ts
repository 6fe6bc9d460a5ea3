import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adjustmentBody,
  adjustmentDto,
  appealBody,
  appealDecisionBody,
  appealDto,
  assessmentSchemeBody,
  assessmentSchemeDto,
  assessmentScoresDto,
  assessmentScoresQuery,
  assessmentYearParams,
} from '@xiezuo/domain';
import type { AppContext } from '../../../http/context';
import { requireActor } from '../../../http/actor';
import { requires } from '../../../http/policy';
import { errorResponses } from '../../../http/schemas';
import { ALLOWED_MIME } from '../../../lib/files/file-store';
import { sendDownload } from '../../../lib/files/download';
import { readUpload } from '../../../lib/files/upload';
import * as adjustments from './assessment-adjustments.service';
import * as cases from './assessment-cases.service';
import { exportScores } from './assessment.export';
import * as service from './assessment.service';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const MANAGE = { policy: requires('org.manage') };
const tags = ['assessment'];
const params = assessmentYearParams;
const idParams = z.object({ id: z.uuid() });
const xlsxBody = z.unknown().describe(ALLOWED_MIME.xlsx);

export function assessmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/assessment/:year/scheme',
      {
        config: READ,
        schema: {
          tags,
          summary: 'The assessment scheme of a year',
          params,
          response: { 200: assessmentSchemeDto, ...errorResponses },
        },
      },
      async (req) => service.getScheme(ctx, requireActor(req), req.params.year),
    );
    app.put(
      '/assessment/:year/scheme',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Set the scheme (scored weights sum to 100; refused once frozen)',
          params,
          body: assessmentSchemeBody,
          response: { 200: assessmentSchemeDto, ...errorResponses },
        },
      },
      async (req) => service.putScheme(ctx, requireActor(req), req.meta, req.params.year, req.body),
    );
    app.get(
      '/assessment/:year/scores',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Every member unit ranked, with the breakdowns the caller may see',
          params,
          querystring: assessmentScoresQuery,
          response: { 200: assessmentScoresDto, ...errorResponses },
        },
      },
      async (req) => service.scores(ctx, requireActor(req), req.params.year, req.query),
    );
    app.post(
      '/assessment/:year/freeze',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Freeze the year’s results: scores are stored and no longer change',
          params,
          querystring: assessmentScoresQuery,
          response: { 200: assessmentScoresDto, ...errorResponses },
        },
      },
      async (req) => service.freeze(ctx, requireActor(req), req.meta, req.params.year, req.query.asOf),
    );
    app.get(
      '/assessment/:year/export.xlsx',
      {
        config: READ,
        schema: {
          tags,
          summary: 'The ranking as xlsx: one row per unit, one column per item, rank and total',
          params,
          response: { 200: xlsxBody, ...errorResponses },
        },
      },
      async (req, reply) =>
        sendDownload(reply, {
          mime: ALLOWED_MIME.xlsx,
          filename: `${req.params.year}年度考核结果.xlsx`,
          body: await exportScores(ctx, requireActor(req), req.meta, req.params.year),
        }),
    );
    app.get(
      '/assessment/:year/adjustments',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Bonus and deduction entries in scope',
          params,
          response: { 200: z.array(adjustmentDto), ...errorResponses },
        },
      },
      async (req) => adjustments.listAdjustments(ctx, requireActor(req), req.params.year),
    );
    app.post(
      '/assessment/:year/adjustments',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Add a bonus or deduction with reason and evidence (district office)',
          params,
          body: adjustmentBody,
          response: { 200: adjustmentDto, ...errorResponses },
        },
      },
      async (req) => adjustments.addAdjustment(ctx, requireActor(req), req.meta, req.params.year, req.body),
    );
    app.post(
      '/assessment/adjustments/:id/files',
      {
        config: MANAGE,
        schema: {
          tags,
          summary:
            'Attach evidence to an adjustment (multipart field "file": PDF, PNG, JPEG or xlsx, ≤ 20 MB; district office)',
          params: idParams,
          response: { 200: adjustmentDto, ...errorResponses },
        },
      },
      async (req) => adjustments.attachFile(ctx, requireActor(req), req.meta, req.params.id, await readUpload(req)),
    );
    app.get(
      '/assessment/adjustments/:id/files/:fileId',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Download an adjustment’s evidence file (units whose detail the caller sees)',
          params: idParams.extend({ fileId: z.uuid() }),
        },
      },
      async (req, reply) =>
        sendDownload(reply, await adjustments.openFile(ctx, requireActor(req), req.params.id, req.params.fileId)),
    );
    app.get(
      '/assessment/:year/appeals',
      {
        config: READ,
        schema: { tags, summary: 'Appeals in scope', params, response: { 200: z.array(appealDto), ...errorResponses } },
      },
      async (req) => cases.listAppeals(ctx, requireActor(req), req.params.year),
    );
    app.post(
      '/assessment/:year/appeals',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Appeal a unit’s score (reporter of that unit)',
          params,
          body: appealBody,
          response: { 200: appealDto, ...errorResponses },
        },
      },
      async (req) => cases.createAppeal(ctx, requireActor(req), req.meta, req.params.year, req.body),
    );
    app.post(
      '/assessment/appeals/:id/decide',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Accept or reject an appeal with a note (district office)',
          params: idParams,
          body: appealDecisionBody,
          response: { 200: appealDto, ...errorResponses },
        },
      },
      async (req) =>
        cases.decideAppeal(ctx, requireActor(req), req.meta, req.params.id, req.body.accept, req.body.note),
    );
  };
}
