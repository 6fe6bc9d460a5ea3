import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importResultDto, RECORD_TYPE_CODES, recordType } from '@xiezuo/domain';
import type { AppContext } from '../../../http/context';
import { requireActor } from '../../../http/actor';
import { requires } from '../../../http/policy';
import { errorResponses } from '../../../http/schemas';
import { sendDownload } from '../../../lib/files/download';
import { ALLOWED_MIME } from '../../../lib/files/file-store';
import { readUpload } from '../../../lib/files/upload';
import { exportRecords, recordExportQuery } from './ledger-excel.export';
import { resumeRecordImport, startRecordImport, stopImports } from './ledger-excel.import';
import { buildRecordTemplate } from './ledger-excel.template';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const xlsxBody = z.unknown().describe(ALLOWED_MIME.xlsx);
const typeQuery = z.object({ type: z.enum(RECORD_TYPE_CODES) });
const stamp = () => new Date().toISOString().slice(0, 10);

/** Ledger records as Excel: per-type templates, background imports (POST /imports?type=) and streamed exports. */
export function recordExcelRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onClose', stopImports);
    app.get(
      '/records/template.xlsx',
      {
        config: WRITE,
        schema: {
          tags: ['records'],
          summary: 'The import template of a record type, from its declaration',
          querystring: typeQuery,
          response: { 200: xlsxBody, ...errorResponses },
        },
      },
      async (req, reply) => {
        const decl = recordType(req.query.type)!;
        const body = await buildRecordTemplate(ctx, requireActor(req), decl);
        return sendDownload(reply, { mime: ALLOWED_MIME.xlsx, filename: `${decl.label.zh}导入模板.xlsx`, body });
      },
    );
    app.post(
      '/imports',
      {
        config: WRITE,
        schema: {
          tags: ['imports'],
          summary:
            'Import ledger records of a type from an xlsx (multipart field "file", ≤ 20 MB): answers the batch at once (202) and runs in the background; poll GET /imports/:id. The same file again answers its batch, resuming it if it was interrupted. A row repeating an earlier row of the file (same type, date, unit, county, place, pairing, people and values) is rejected as a duplicate unless duplicates=accept',
          querystring: typeQuery.extend({ duplicates: z.enum(['reject', 'accept']).default('reject') }),
          response: { 202: importResultDto, 413: errorResponses[400], 415: errorResponses[400], ...errorResponses },
        },
      },
      async (req, reply) =>
        reply.status(202).send(
          await startRecordImport(ctx, requireActor(req), req.meta, req.query.type, await readUpload(req), {
            acceptDuplicates: req.query.duplicates === 'accept',
          }),
        ),
    );
    app.post(
      '/imports/:id/resume',
      {
        config: WRITE,
        schema: {
          tags: ['imports'],
          summary:
            'Continue an interrupted ledger import from its stored file, at the first row not yet in (its uploader only); 202 with the batch',
          params: z.object({ id: z.uuid() }),
          response: { 202: importResultDto, ...errorResponses },
        },
      },
      async (req, reply) =>
        reply.status(202).send(await resumeRecordImport(ctx, requireActor(req), req.meta, req.params.id)),
    );
    app.get(
      '/records/export.xlsx',
      {
        config: READ,
        schema: {
          tags: ['records'],
          summary: 'The records in scope under the list filters, as a streamed xlsx',
          querystring: recordExportQuery,
          response: { 200: xlsxBody, ...errorResponses },
        },
      },
      async (req, reply) =>
        sendDownload(reply, {
          mime: ALLOWED_MIME.xlsx,
          filename: `台账-${stamp()}.xlsx`,
          body: await exportRecords(ctx, requireActor(req), req.meta, req.query),
        }),
    );
  };
}
