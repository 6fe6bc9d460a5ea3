import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planImportResultDto } from '@xiezuo/domain';
import type { AppContext } from '../../../http/context';
import { requireActor } from '../../../http/actor';
import { requires } from '../../../http/policy';
import { errorResponses } from '../../../http/schemas';
import { sendDownload } from '../../../lib/files/download';
import { ALLOWED_MIME } from '../../../lib/files/file-store';
import { readUpload } from '../../../lib/files/upload';
import { exportCatalog } from './plans-excel.export';
import { importCatalog } from './plans-excel.import';

const READ = { policy: requires('business.read') };
const MANAGE = { policy: requires('org.manage') };
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const tags = ['plans'];

/** A plan's indicator catalog as Excel: the export (which is also the template) and the import. */
export function planExcelRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
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
        const body = await exportCatalog(ctx, requireActor(req), req.meta, req.params.year);
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
        return importCatalog(ctx, requireActor(req), req.meta, req.params.year, upload, reason);
      },
    );
  };
}
