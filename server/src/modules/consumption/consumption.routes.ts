import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  certificateBody,
  productUpdateBody,
  supplierUpdateBody,
  supplierAccountBody,
  supplierAccountDto,
  supplierPortalDto,
  certifiedListResultDto,
  orderImportResultDto,
  platformMappingBody,
  platformMappingDto,
  platformName,
  purchaseConfirmBody,
  consumptionDashboardDto,
  pageOf,
  pledgeBoardDto,
  pledgeBody,
  pledgeQuery,
  productBody,
  productDto,
  productListQuery,
  purchaseBody,
  purchaseDto,
  purchaseListQuery,
  supplierBody,
  supplierDto,
  supplierListQuery,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { registerSourceLink } from '../ledger/records.produced';
import * as catalogue from './catalogue.service';
import * as purchases from './purchases.service';
import * as pledges from './pledges.service';
import { dashboard } from './dashboard.service';
import { purchaseLink } from './purchases.link';
import * as orders from './order-import.service';
import { importCertifiedList } from './certified-list.import';
import { updateProduct, updateSupplier } from './catalogue-edit.service';
import { grantSupplierAccount, supplierPortal } from './supplier-portal.service';
import { external } from '../../http/policy';
import { AppError } from '../../http/app-error';
import { readUpload } from '../../lib/files/upload';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const idParams = z.object({ id: z.uuid() });
const tags = ['consumption'];

export function consumptionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  registerSourceLink('consumption_purchase', purchaseLink);
  return async (app) => {
    app.get(
      '/consumption/suppliers',
      {
        config: READ,
        schema: { tags, querystring: supplierListQuery, response: { 200: pageOf(supplierDto), ...errorResponses } },
      },
      async (req) => catalogue.listSuppliers(ctx, requireActor(req), req.query),
    );
    app.post(
      '/consumption/suppliers',
      { config: WRITE, schema: { tags, body: supplierBody, response: { 200: supplierDto, ...errorResponses } } },
      async (req) => catalogue.createSupplier(ctx, requireActor(req), req.meta, req.body),
    );
    app.post(
      '/consumption/suppliers/:id/certificates',
      {
        config: WRITE,
        schema: { tags, params: idParams, body: certificateBody, response: { 200: supplierDto, ...errorResponses } },
      },
      async (req) => catalogue.addCertificate(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.get(
      '/consumption/products',
      {
        config: READ,
        schema: { tags, querystring: productListQuery, response: { 200: pageOf(productDto), ...errorResponses } },
      },
      async (req) => catalogue.listProducts(ctx, requireActor(req), req.query),
    );
    app.post(
      '/consumption/products',
      { config: WRITE, schema: { tags, body: productBody, response: { 200: productDto, ...errorResponses } } },
      async (req) => catalogue.createProduct(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/consumption/pledges',
      {
        config: READ,
        schema: { tags, querystring: pledgeQuery, response: { 200: pledgeBoardDto, ...errorResponses } },
      },
      async (req) => pledges.board(ctx, requireActor(req), req.query.year),
    );
    app.put(
      '/consumption/pledges',
      { config: WRITE, schema: { tags, body: pledgeBody, response: { 200: pledgeBoardDto, ...errorResponses } } },
      async (req) => pledges.setPledge(ctx, requireActor(req), req.meta, req.body),
    );
    app.post(
      '/consumption/pledges/:year/:unitId/accept',
      {
        config: WRITE,
        schema: {
          tags,
          params: z.object({ year: z.coerce.number().int().min(2000).max(2100), unitId: z.uuid() }),
          response: { 200: pledgeBoardDto, ...errorResponses },
        },
      },
      async (req) => pledges.acceptPledge(ctx, requireActor(req), req.meta, req.params.year, req.params.unitId),
    );
    app.get(
      '/consumption/dashboard',
      {
        config: READ,
        schema: { tags, querystring: pledgeQuery, response: { 200: consumptionDashboardDto, ...errorResponses } },
      },
      async (req) => dashboard(ctx, requireActor(req), req.query.year),
    );
    app.get(
      '/consumption/purchases',
      {
        config: READ,
        schema: { tags, querystring: purchaseListQuery, response: { 200: pageOf(purchaseDto), ...errorResponses } },
      },
      async (req) => purchases.list(ctx, requireActor(req), req.query),
    );
    app.get(
      '/consumption/purchases/:id',
      { config: READ, schema: { tags, params: idParams, response: { 200: purchaseDto, ...errorResponses } } },
      async (req) => purchases.get(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/consumption/purchases',
      { config: WRITE, schema: { tags, body: purchaseBody, response: { 200: purchaseDto, ...errorResponses } } },
      async (req) => purchases.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.post(
      '/consumption/purchases/:id/confirm',
      {
        config: WRITE,
        schema: {
          tags,
          params: idParams,
          body: purchaseConfirmBody,
          response: { 200: purchaseDto, ...errorResponses },
        },
      },
      async (req) => purchases.confirm(ctx, requireActor(req), req.meta, req.params.id, req.body.version),
    );
    app.get(
      '/consumption/import-mappings',
      {
        config: READ,
        schema: { tags, response: { 200: z.object({ items: z.array(platformMappingDto) }), ...errorResponses } },
      },
      async (req) => ({ items: await orders.listMappings(ctx, requireActor(req)) }),
    );
    app.put(
      '/consumption/import-mappings/:platform',
      {
        config: WRITE,
        schema: {
          tags,
          params: z.object({ platform: platformName }),
          body: platformMappingBody,
          response: { 200: platformMappingDto, ...errorResponses },
        },
      },
      async (req) => orders.saveMapping(ctx, requireActor(req), req.meta, req.params.platform, req.body),
    );
    app.post(
      '/consumption/imports',
      {
        config: WRITE,
        schema: {
          tags,
          summary:
            'Import an online platform’s order export (multipart: "platform", optional "mapping" JSON, then "file" xlsx or CSV): every line valid or nothing changes',
          response: { 200: orderImportResultDto, ...errorResponses },
        },
      },
      async (req) => orders.importOrders(ctx, requireActor(req), req.meta, await readUpload(req)),
    );
    app.post(
      '/consumption/certified-list/imports',
      {
        config: WRITE,
        schema: {
          tags,
          summary:
            'Import the province’s certified product list (multipart "file", xlsx or CSV): certificates and products in, open purchases recounted; any bad line changes nothing',
          response: { 200: certifiedListResultDto, ...errorResponses },
        },
      },
      async (req) => importCertifiedList(ctx, requireActor(req), req.meta, await readUpload(req)),
    );
    app.post(
      '/consumption/suppliers/:id/account',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Give the supplier an external account on a phone (it signs in by SMS code)',
          params: idParams,
          body: supplierAccountBody,
          response: { 200: supplierAccountDto, ...errorResponses },
        },
      },
      async (req) => grantSupplierAccount(ctx, requireActor(req), req.meta, req.params.id, req.body.phone),
    );
    app.get(
      '/consumption/supplier-portal',
      {
        config: { policy: external('supplier') },
        schema: {
          tags,
          summary: 'A signed-in supplier’s own products and the purchases of them',
          querystring: z.object({
            year: z.coerce.number().int().min(2000).max(2100).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: supplierPortalDto, ...errorResponses },
        },
      },
      async (req) => {
        if (!req.account) throw new AppError('UNAUTHENTICATED');
        return supplierPortal(ctx, req.account, req.query);
      },
    );
    app.put(
      '/consumption/suppliers/:id',
      {
        config: WRITE,
        schema: { tags, params: idParams, body: supplierUpdateBody, response: { 200: supplierDto, ...errorResponses } },
      },
      async (req) => updateSupplier(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.put(
      '/consumption/products/:id',
      {
        config: WRITE,
        schema: { tags, params: idParams, body: productUpdateBody, response: { 200: productDto, ...errorResponses } },
      },
      async (req) => updateProduct(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
  };
}
