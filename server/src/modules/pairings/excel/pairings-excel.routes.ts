import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importResultDto } from '@xiezuo/domain';
import type { AppContext } from '../../../http/context';
import { requireActor } from '../../../http/actor';
import { requires } from '../../../http/policy';
import { errorResponses } from '../../../http/schemas';
import { sendDownload } from '../../../lib/files/download';
import { ALLOWED_MIME } from '../../../lib/files/file-store';
import { readUpload } from '../../../lib/files/upload';
import { exportPairings, pairingExportQuery } from './pairings-excel.export';
import { importPairings } from './pairings-excel.import';
import { buildTemplate } from './pairings-excel.template';

const READ = { policy: requires('business.read') };
const MANAGE = { policy: requires('org.manage') };
const xlsxBody = z.unknown().describe(ALLOWED_MIME.xlsx);
const stamp = () => new Date().toISOString().slice(0, 10);

/** Template, import and export of pairings as Excel workbooks. */
export function pairingExcelRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/pairings/template.xlsx',
      {
        config: MANAGE,
        schema: {
          tags: ['pairings'],
          summary: 'The pairings import template, with the tenant’s units and pickable regions',
          response: { 200: xlsxBody, ...errorResponses },
        },
      },
      async (req, reply) =>
        sendDownload(reply, {
          mime: ALLOWED_MIME.xlsx,
          filename: '结对导入模板.xlsx',
          body: await buildTemplate(ctx, requireActor(req)),
        }),
    );
    app.post(
      '/pairings/import',
      {
        config: MANAGE,
        schema: {
          tags: ['pairings'],
          summary:
            'Import pairings from an xlsx (multipart field "file", ≤ 20 MB); valid rows go in, the rest into a rejects report; the same file again answers the earlier batch',
          response: { 200: importResultDto, 413: errorResponses[400], 415: errorResponses[400], ...errorResponses },
        },
      },
      async (req) => importPairings(ctx, requireActor(req), req.meta, await readUpload(req)),
    );
    app.get(
      '/pairings/export.xlsx',
      {
        config: READ,
        schema: {
          tags: ['pairings'],
          summary: 'The pairings in scope under the list filters, as xlsx',
          querystring: pairingExportQuery,
          response: { 200: xlsxBody, ...errorResponses },
        },
      },
      async (req, reply) =>
        sendDownload(reply, {
          mime: ALLOWED_MIME.xlsx,
          filename: `结对-${stamp()}.xlsx`,
          body: await exportPairings(ctx, requireActor(req), req.meta, req.query),
        }),
    );
  };
}
