import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  indicatorActiveBody,
  indicatorCreateBody,
  planCopyBody,
  planDto,
  planImportResultDto,
  planListDto,
  planPublishBody,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { sendDownload } from '../../lib/files/download';
import { ALLOWED_MIME } from '../../lib/files/file-store';
import { readUpload } from '../../lib/files/upload';
import * as indicators from '../progress/progress.service';
import { exportCatalog } from './excel/plans-excel.export';
import { importCatalog } from './excel/plans-excel.import';
import * as plans from './plans.service';

const READ = { policy: requires('business.read') };
const MANAGE = { policy: requires('org.manage') };
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const codeParams = yearParams.extend({ code: z.string().max(80) });
const tags = ['plans'];

/** Plan years, adding and deactivating indicators, publishing, copying to another year, and the catalog as Excel. */
export function planRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/plans',
      {
        config: READ,
        schema: {
          tags,
          summary: 'The tenant’s plan years: status and indicator counts',
          response: { 200: planListDto, ...errorResponses },
        },
      },
      async (req) => plans.listPlans(ctx, req.actor!),
    );
    app.post(
      '/plans/:year/indicators',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Add an indicator (code unique in the plan; reason required once published)',
          params: yearParams,
          body: indicatorCreateBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) => indicators.createIndicator(ctx, req.actor!, req.meta, req.params.year, req.body),
    );
    app.put(
      '/plans/:year/indicators/:code/status',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Deactivate or reactivate an indicator (never deleted; versioned, reason required once published)',
          params: codeParams,
          body: indicatorActiveBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) =>
        indicators.setIndicatorActive(ctx, req.actor!, req.meta, req.params.year, req.params.code, req.body),
    );
    app.post(
      '/plans/:year/publish',
      {
        config: MANAGE,
        schema: {
          tags,
          summary: 'Publish a draft plan (version required)',
          params: yearParams,
          body: planPublishBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) => plans.publishPlan(ctx, req.actor!, req.meta, req.params.year, req.body.version),
    );
    app.post(
      '/plans/:year/copy',
      {
        config: MANAGE,
        schema: {
          tags,
          summary:
            'Copy a plan’s active indicators to another year as a draft; 409 PLAN_EXISTS when that year has a plan',
          params: yearParams,
          body: planCopyBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) => plans.copyPlan(ctx, req.actor!, req.meta, req.params.year, req.body.toYear),
    );
    app.get(
      '/plans/:year/export.xlsx',
      {
        config: READ,
        schema: {
          tags,
          summary: 'The plan’s indicator catalog as xlsx (readable rule columns and the JSON rule)',
          params: yearParams,
          response: { 200: z.unknown().describe(ALLOWED_MIME.xlsx), ...errorResponses },
        },
      },
      async (req, reply) => {
        const body = await exportCatalog(ctx, req.actor!, req.meta, req.params.year);
        return sendDownload(reply, { mime: ALLOWED_MIME.xlsx, filename: `${req.params.year}年指标方案.xlsx`, body });
      },
    );
    app.post(
      '/plans/:year/import',
      {
        config: MANAGE,
        schema: {
          tags,
          summary:
            'Import a catalog xlsx (multipart: optional field "reason" before the field "file"); every row valid or nothing changes (400 IMPORT_ROWS_INVALID with the rows)',
          params: yearParams,
          response: { 200: planImportResultDto, 413: errorResponses[400], 415: errorResponses[400], ...errorResponses },
        },
      },
      async (req) => {
        const upload = await readUpload(req);
        const reason = upload.fields.reason?.slice(0, 500) || undefined;
        return importCatalog(ctx, req.actor!, req.meta, req.params.year, upload, reason);
      },
    );
  };
}
