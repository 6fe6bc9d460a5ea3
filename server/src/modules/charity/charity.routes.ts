import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  charityDashboardDto,
  claimBody,
  claimDto,
  claimListQuery,
  transferConfirmBody,
  custodyListQuery,
  deliveryBody,
  donorDto,
  needDto,
  needInput,
  needListQuery,
  needTransitionBody,
  pageOf,
  receiptBody,
  receiptDto,
  transferBody,
  transferDto,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { AppError } from '../../http/app-error';
import { ANYONE_SIGNED_IN, external, requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { createClaim, listClaims, listDonors, myClaims } from './claims.service';
import { charityDashboard } from './dashboard.service';
import { deliverNeed } from './deliveries.service';
import { createNeed, getNeed, listNeeds, transitionNeed } from './needs.service';
import { invalidatePublic } from './public.cache';
import { getReceipt, listReceipts, recordReceipt } from './receipts.service';
import { charitySettingsRoutes } from './settings.routes';
import { confirmTransfer, createTransfer, getTransfer, listTransfers } from './transfers.service';

const READ = requires('business.read', 'charity.custody');
const WRITE = requires('business.write');
const CUSTODY = requires('charity.custody');
const idParams = z.object({ id: z.uuid() });
const tags = ['charity'];
const doc = (summary: string, response: z.ZodType) => ({
  tags,
  summary,
  response: { 200: response, ...errorResponses },
});

/** Staff and donor routes of the charity platform (扶贫公益平台); the public ones are in public.routes.ts. */
export function charityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // the public page's cache holds nothing older than the last change made here
    app.addHook('onResponse', async (req, reply) => {
      if (req.method === 'POST' && reply.statusCode < 400) invalidatePublic();
    });
    await app.register(charitySettingsRoutes(ctx));
    app.get(
      '/charity/needs',
      {
        config: { policy: READ },
        schema: {
          ...doc('Needs in the caller’s counties (Red Cross and district: all)', pageOf(needDto)),
          querystring: needListQuery,
        },
      },
      async (req) => listNeeds(ctx, requireActor(req), req.query),
    );
    app.post(
      '/charity/needs',
      {
        config: { policy: WRITE },
        schema: {
          ...doc('A county raises a need (draft); the beneficiary is held encrypted', needDto),
          body: needInput,
        },
      },
      async (req) => createNeed(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/charity/needs/:id',
      { config: { policy: READ }, schema: { ...doc('One need', needDto), params: idParams } },
      async (req) => getNeed(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/charity/needs/:id/transitions',
      {
        config: { policy: WRITE },
        schema: {
          ...doc('Verify (not by its maker), return, publish or cancel a need', needDto),
          params: idParams,
          body: needTransitionBody,
        },
      },
      async (req) => transitionNeed(ctx, requireActor(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/charity/claims',
      {
        config: { policy: ANYONE_SIGNED_IN },
        schema: {
          ...doc('A donor (signed in by phone) claims a need, or the Red Cross for a donor', claimDto),
          body: claimBody,
        },
      },
      async (req) => {
        if (req.account) return createClaim(ctx, { kind: 'account', account: req.account }, req.meta, req.body);
        return createClaim(ctx, { kind: 'staff', actor: requireActor(req) }, req.meta, req.body);
      },
    );
    app.get(
      '/charity/claims',
      {
        config: { policy: READ },
        schema: { ...doc('Claims in the caller’s counties', pageOf(claimDto)), querystring: claimListQuery },
      },
      async (req) => listClaims(ctx, requireActor(req), req.query),
    );
    app.get(
      '/charity/my',
      {
        config: { policy: external() },
        schema: doc(
          'A signed-in donor’s profile and claims',
          z.object({ donor: donorDto.nullable(), claims: z.array(claimDto) }),
        ),
      },
      async (req) => {
        if (!req.account) throw new AppError('UNAUTHENTICATED');
        return myClaims(ctx, req.account);
      },
    );
    app.get(
      '/charity/donors',
      { config: { policy: CUSTODY }, schema: doc('Donors (for the Red Cross’s receipts)', z.array(donorDto)) },
      async (req) => listDonors(ctx, requireActor(req)),
    );
    app.get(
      '/charity/receipts',
      {
        config: { policy: READ },
        schema: { ...doc('Red Cross receipts (捐赠票据)', pageOf(receiptDto)), querystring: custodyListQuery },
      },
      async (req) => listReceipts(ctx, requireActor(req), req.query),
    );
    app.post(
      '/charity/receipts',
      {
        config: { policy: CUSTODY },
        schema: { ...doc('The Red Cross records money or goods received for claims', receiptDto), body: receiptBody },
      },
      async (req) => recordReceipt(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/charity/receipts/:id',
      { config: { policy: READ }, schema: { ...doc('One receipt', receiptDto), params: idParams } },
      async (req) => getReceipt(ctx, requireActor(req), req.params.id),
    );
    app.get(
      '/charity/transfers',
      {
        config: { policy: READ },
        schema: { ...doc('Batches passed on to counties (划转)', pageOf(transferDto)), querystring: custodyListQuery },
      },
      async (req) => listTransfers(ctx, requireActor(req), req.query),
    );
    app.post(
      '/charity/transfers',
      {
        config: { policy: CUSTODY },
        schema: { ...doc('The Red Cross passes received claims on to one county', transferDto), body: transferBody },
      },
      async (req) => createTransfer(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/charity/transfers/:id',
      { config: { policy: READ }, schema: { ...doc('One batch', transferDto), params: idParams } },
      async (req) => getTransfer(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/charity/transfers/:id/confirm',
      {
        config: { policy: WRITE },
        schema: {
          ...doc('The county confirms a batch arrived; donation records are produced', transferDto),
          params: idParams,
          body: transferConfirmBody,
        },
      },
      async (req) => confirmTransfer(ctx, requireActor(req), req.meta, req.params.id, req.body.version),
    );
    app.post(
      '/charity/deliveries',
      {
        config: { policy: WRITE },
        schema: { ...doc('The county records delivery to the beneficiary with a note', needDto), body: deliveryBody },
      },
      async (req) => deliverNeed(ctx, requireActor(req), req.meta, req.body),
    );
    app.get(
      '/charity/dashboard',
      {
        config: { policy: READ },
        schema: doc('The platform dashboard: raised, claimed, received, passed on, delivered', charityDashboardDto),
      },
      async (req) => charityDashboard(ctx, requireActor(req)),
    );
  };
}
