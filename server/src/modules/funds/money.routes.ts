import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  fundRulesDto,
  fundRulesQuery,
  fundSettings,
  fundSettingsDto,
  fundsOverviewDto,
  paymentActionBody,
  paymentDto,
  paymentInput,
  paymentListQuery,
  fundReceiptDto,
  receiptInput,
  receiptListQuery,
  pageOf,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { fundRules } from './fund-rules.whatif';
import { getSettings, overview, putSettings } from './funds-overview.service';
import * as payments from './payments.service';
import * as receipts from './receipts.service';

const READ = { policy: requires('business.read') };
const WRITE = { policy: requires('business.write') };
const tags = ['funds'];
const idParams = z.object({ id: z.uuid() });
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** Money both ways (payments, receipts), the fund rules with what-if, the funds dashboard and settings. */
export function moneyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/fund-payments',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Payments in scope, with their lines and whether the county received them',
          querystring: paymentListQuery,
          response: { 200: pageOf(paymentDto), ...errorResponses },
        },
      },
      async (req) => payments.list(ctx, requireActor(req), req.query),
    );
    app.post(
      '/fund-payments',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Record a payment to a county covering projects (each line within its open approved amount)',
          body: paymentInput,
          response: { 200: paymentDto, ...errorResponses },
        },
      },
      async (req) => payments.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/fund-payments/:id',
      {
        config: READ,
        schema: { tags, summary: 'One payment', params: idParams, response: { 200: paymentDto, ...errorResponses } },
      },
      async (req) => payments.get(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/fund-payments/:id/actions',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Confirm (checker ≠ maker; fund rules what-if, override with a reason) or cancel a payment',
          params: idParams,
          body: paymentActionBody,
          response: { 200: paymentDto, ...errorResponses },
        },
      },
      async (req) => payments.act(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.get(
      '/fund-receipts',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Receipts in scope, matched or not',
          querystring: receiptListQuery,
          response: { 200: pageOf(fundReceiptDto), ...errorResponses },
        },
      },
      async (req) => receipts.list(ctx, requireActor(req), req.query),
    );
    app.post(
      '/fund-receipts',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'The county records money received with its voucher; matched to a payment at once',
          body: receiptInput,
          response: { 200: fundReceiptDto, ...errorResponses },
        },
      },
      async (req) => receipts.create(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/fund-receipts/:id',
      {
        config: READ,
        schema: {
          tags,
          summary: 'One receipt',
          params: idParams,
          response: { 200: fundReceiptDto, ...errorResponses },
        },
      },
      async (req) => receipts.get(ctx, requireActor(req), req.params.id),
    );
    app.get(
      '/fund-rules/:year',
      {
        config: READ,
        schema: {
          tags,
          summary:
            'Industry share and grassroots livelihood share (fractions 0–1), district and counties; what-if of a project, payment or adjustment',
          params: yearParams,
          querystring: fundRulesQuery,
          response: { 200: fundRulesDto, ...errorResponses },
        },
      },
      async (req) => fundRules(ctx, requireActor(req), req.params.year, req.query),
    );
    app.get(
      '/funds/overview',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Planned, approved, allocated, received, spent and unmatched money per county',
          querystring: yearParams,
          response: { 200: fundsOverviewDto, ...errorResponses },
        },
      },
      async (req) => overview(ctx, requireActor(req), req.query.year),
    );
    app.get(
      '/fund-settings',
      {
        config: READ,
        schema: {
          tags,
          summary: 'Matching tolerance, window and days allowed for a receipt',
          response: { 200: fundSettingsDto, ...errorResponses },
        },
      },
      async (req) => getSettings(ctx, requireActor(req)),
    );
    app.put(
      '/fund-settings',
      {
        config: WRITE,
        schema: {
          tags,
          summary: 'Change the funds settings (office, funds group)',
          body: fundSettings,
          response: { 200: fundSettingsDto, ...errorResponses },
        },
      },
      async (req) => putSettings(ctx, requireActor(req), req.meta, req.body),
    );
  };
}
