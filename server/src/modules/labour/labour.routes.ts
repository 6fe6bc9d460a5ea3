import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  applicationBody,
  applicationDto,
  applicationListQuery,
  employerBody,
  employerDto,
  employerListQuery,
  followupAnswerBody,
  followupDto,
  labourDashboardDto,
  labourSettingsBody,
  labourSettingsDto,
  matchQuery,
  pageOf,
  postBody,
  postDto,
  postListQuery,
  postMatches,
  pushBody,
  pushDto,
  transitionBody,
  workerDto,
  workerListQuery,
  workerMatches,
  workerPage,
  workerUpdateBody,
} from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires, staffOrExternal } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { registerSourceLink } from '../ledger/records.produced';
import { callerOf } from './labour.policy';
import { createEmployer, listEmployers } from './employers.service';
import { createPost, getPost, listPosts } from './posts.service';
import { listWorkers, updateWorker } from './workers.service';
import { labourSettingsOf, matchesForPost, matchesForWorker, setLabourSettings } from './matching.service';
import { pushPost } from './pushes.service';
import { apply, getApplication, listApplications, transition } from './applications.service';
import { applicationLink } from './applications.produce';
import { answerFollowup } from './followups.service';
import { labourDashboard } from './dashboard.service';

const READ = requires('business.read');
const WRITE = requires('business.write');
const EMPLOYER = staffOrExternal(['business.read'], ['employer']);
const EMPLOYER_W = staffOrExternal(['business.write'], ['employer']);
const ANY_SIDE = staffOrExternal(['business.read'], ['employer', 'worker']);
const ANY_SIDE_W = staffOrExternal(['business.write'], ['employer', 'worker']);
const WORKER = staffOrExternal(['business.read'], ['worker']);
const WORKER_W = staffOrExternal(['business.write'], ['worker']);
const idParams = z.object({ id: z.uuid() });
const tags = ['labour'];
const ok = <T extends z.ZodType>(t: T) => ({ 200: t, ...errorResponses });

export function labourRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  registerSourceLink('labour_application', applicationLink);
  return async (app) => {
    app.get(
      '/labour/employers',
      {
        config: { policy: EMPLOYER },
        schema: { tags, querystring: employerListQuery, response: ok(pageOf(employerDto)) },
      },
      async (req) => listEmployers(ctx, callerOf(req), req.query),
    );
    app.post(
      '/labour/employers',
      { config: { policy: WRITE }, schema: { tags, body: employerBody, response: ok(employerDto) } },
      async (req) => createEmployer(ctx, callerOf(req), req.meta, req.body),
    );
    app.get(
      '/labour/posts',
      { config: { policy: ANY_SIDE }, schema: { tags, querystring: postListQuery, response: ok(pageOf(postDto)) } },
      async (req) => listPosts(ctx, callerOf(req), req.query),
    );
    app.get(
      '/labour/posts/:id',
      { config: { policy: ANY_SIDE }, schema: { tags, params: idParams, response: ok(postDto) } },
      async (req) => getPost(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/labour/posts',
      { config: { policy: EMPLOYER_W }, schema: { tags, body: postBody, response: ok(postDto) } },
      async (req) => createPost(ctx, callerOf(req), req.meta, req.body),
    );
    app.get(
      '/labour/posts/:id/matches',
      {
        config: { policy: READ },
        schema: { tags, params: idParams, querystring: matchQuery, response: ok(workerMatches) },
      },
      async (req) => matchesForPost(ctx, callerOf(req), req.params.id, req.query.limit),
    );
    app.get(
      '/labour/workers',
      { config: { policy: WORKER }, schema: { tags, querystring: workerListQuery, response: ok(workerPage) } },
      async (req) => listWorkers(ctx, callerOf(req), req.query),
    );
    app.patch(
      '/labour/workers/:id',
      {
        config: { policy: WORKER_W },
        schema: { tags, params: idParams, body: workerUpdateBody, response: ok(workerDto) },
      },
      async (req) => updateWorker(ctx, callerOf(req), req.meta, req.params.id, req.body),
    );
    app.get(
      '/labour/workers/:id/matches',
      {
        config: { policy: WORKER },
        schema: { tags, params: idParams, querystring: matchQuery, response: ok(postMatches) },
      },
      async (req) => matchesForWorker(ctx, callerOf(req), req.params.id, req.query.limit),
    );
    app.get(
      '/labour/settings',
      { config: { policy: READ }, schema: { tags, response: ok(labourSettingsDto) } },
      async (req) => labourSettingsOf(ctx.db, requireActor(req).tenantId),
    );
    app.put(
      '/labour/settings',
      { config: { policy: WRITE }, schema: { tags, body: labourSettingsBody, response: ok(labourSettingsDto) } },
      async (req) => setLabourSettings(ctx, requireActor(req), req.meta, req.body),
    );
    app.post(
      '/labour/pushes',
      { config: { policy: WRITE }, schema: { tags, body: pushBody, response: ok(pushDto) } },
      async (req) => pushPost(ctx, callerOf(req), req.meta, req.body),
    );
    app.get(
      '/labour/applications',
      {
        config: { policy: ANY_SIDE },
        schema: { tags, querystring: applicationListQuery, response: ok(pageOf(applicationDto)) },
      },
      async (req) => listApplications(ctx, callerOf(req), req.query),
    );
    app.get(
      '/labour/applications/:id',
      { config: { policy: ANY_SIDE }, schema: { tags, params: idParams, response: ok(applicationDto) } },
      async (req) => getApplication(ctx, callerOf(req), req.params.id),
    );
    app.post(
      '/labour/applications',
      { config: { policy: WORKER_W }, schema: { tags, body: applicationBody, response: ok(applicationDto) } },
      async (req) => apply(ctx, callerOf(req), req.meta, req.body),
    );
    app.post(
      '/labour/applications/:id/transitions',
      {
        config: { policy: ANY_SIDE_W },
        schema: { tags, params: idParams, body: transitionBody, response: ok(applicationDto) },
      },
      async (req) => transition(ctx, callerOf(req), req.meta, req.params.id, req.body),
    );
    app.post(
      '/labour/followups/:id/answer',
      {
        config: { policy: ANY_SIDE_W },
        schema: { tags, params: idParams, body: followupAnswerBody, response: ok(z.array(followupDto)) },
      },
      async (req) => answerFollowup(ctx, callerOf(req), req.meta, req.params.id, req.body.isEmployed),
    );
    app.get(
      '/labour/dashboard',
      { config: { policy: READ }, schema: { tags, response: ok(labourDashboardDto) } },
      async (req) => labourDashboard(ctx, callerOf(req)),
    );
  };
}
