import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importResultDto, projectListQuery } from '@xiezuo/domain';
import type { AppContext } from '../../../http/context';
import { requireActor } from '../../../http/actor';
import { requires } from '../../../http/policy';
import { errorResponses } from '../../../http/schemas';
import { sendDownload } from '../../../lib/files/download';
import { readUpload } from '../../../lib/files/upload';
import { fundsSheet, projectExport, projectTemplate, receiptTemplate } from './funds-excel.write';
import { importProjects } from './projects-excel.import';
import { importReceipts } from './receipts-excel.import';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const tags = ['funds'];
const filters = projectListQuery.omit({ page: true, pageSize: true, sort: true });

/** The funds' spreadsheets: the project library's template, import and export, 项目资金明细表, the receipts import. */
export function fundsExcelRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/projects/template.xlsx',
      { config: READ, schema: { tags, summary: 'The project library import template' } },
      async (_req, reply) => sendDownload(reply, await projectTemplate()),
    );
    app.get(
      '/projects/export.xlsx',
      {
        config: READ,
        schema: { tags, summary: 'The project library in scope, as the template reads it', querystring: filters },
      },
      async (req, reply) => sendDownload(reply, await projectExport(ctx, requireActor(req), req.query)),
    );
    app.get(
      '/projects/funds-sheet.xlsx',
      {
        config: READ,
        schema: { tags, summary: '项目资金明细表: one row per project with its money by stage', querystring: filters },
      },
      async (req, reply) => sendDownload(reply, await fundsSheet(ctx, requireActor(req), req.query)),
    );
    app.post(
      '/projects/import',
      {
        config: WRITE,
        schema: {
          tags,
          summary:
            'Import projects (multipart "file"): each project in whole or not at all; refused rows in a rejects report',
          response: { 200: importResultDto, ...errorResponses },
        },
      },
      async (req) => importProjects(ctx, requireActor(req), req.meta, await readUpload(req)),
    );
    app.get(
      '/fund-receipts/template.xlsx',
      { config: READ, schema: { tags, summary: 'The receipts (bank statement) template' } },
      async (_req, reply) => sendDownload(reply, await receiptTemplate()),
    );
    app.post(
      '/fund-receipts/import',
      {
        config: WRITE,
        schema: {
          tags,
          summary:
            'Import the county’s bank statement (multipart: optional "county", then "file"); credits become receipts, then matched',
          response: { 200: importResultDto.extend({ matched: importResultDto.shape.total }), ...errorResponses },
        },
      },
      async (req) => importReceipts(ctx, requireActor(req), req.meta, await readUpload(req)),
    );
  };
}
