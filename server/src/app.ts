import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { DatabaseAvailability } from './db/availability';
import type { AppContext, Policy } from './http/context';
import { installAuthentication } from './http/authenticate';
import { installIdempotency } from './http/idempotency';
import { langFromHeader } from './http/lang';
import { installErrorHandler, sendError } from './http/error-handler';
import { PUBLIC } from './http/policy';
import { MAX_UPLOAD_BYTES } from './lib/files/upload';
import { auditRoutes } from './modules/audit/audit.routes';
import { useChainKey } from './modules/audit/audit-chain';
import { authRoutes } from './modules/auth/auth.routes';
import { healthRoutes } from './modules/health/health.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { orgRoutes } from './modules/org/org.routes';
import { indicatorRoutes } from './modules/progress/progress.routes';
import { personRoutes } from './modules/persons/persons.routes';
import { periodRoutes } from './modules/ledger/periods.routes';
import { recordRoutes } from './modules/ledger/records.routes';
import { orgAdminRoutes } from './modules/org/org-admin.routes';
import { agreementRoutes } from './modules/pairings/agreements.routes';
import { pairingRoutes } from './modules/pairings/pairings.routes';
import { consumptionRoutes } from './modules/consumption/consumption.routes';
import { systemRoutes } from './modules/system/system.routes';
import { userRoutes } from './modules/users/users.routes';
import { reportRoutes } from './modules/reports/reports.routes';
import { warningRoutes } from './modules/oversight/warnings/warnings.routes';
import { supervisionRoutes } from './modules/oversight/supervision/supervision.routes';
import { assessmentRoutes } from './modules/oversight/assessment/assessment.routes';
import { projectRoutes } from './modules/funds/projects.routes';
import { moneyRoutes } from './modules/funds/money.routes';
import { findingRoutes } from './modules/funds/findings.routes';
import { fundsExcelRoutes } from './modules/funds/excel/funds-excel.routes';
import { accountRoutes } from './modules/accounts/accounts.routes';
import { jobRoutes } from './modules/jobs/jobs.routes';
import { messageRoutes, shortLinkRoutes } from './modules/messages/messages.routes';
import { settingsRoutes } from './modules/settings/settings.routes';
import { workbenchRoutes } from './modules/workbench/workbench.routes';
import { documentRoutes } from './modules/tasks/documents.routes';
import { taskRoutes } from './modules/tasks/tasks.routes';
import { cohortRoutes } from './modules/cohorts/cohorts.routes';
import { telemedicineRoutes } from './modules/telemedicine/telemedicine.routes';
import { charityRoutes } from './modules/charity/charity.routes';
import { labourRoutes } from './modules/labour/labour.routes';
import { publicCharityRoutes } from './modules/charity/public.routes';

import type { FastifyPluginAsync } from 'fastify';
export type BuildOptions = { logger?: boolean; serveWeb?: boolean; extraApiPlugins?: FastifyPluginAsync[] };
export type RouteEntry = { method: string; url: string; policy: Policy };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

/** Builds the Fastify app from its parts; tests build it too. */
export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<FastifyInstance> {
  useChainKey(ctx.keys.audit);
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: ctx.config.logLevel,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
          },
    trustProxy: ctx.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Routes that plugins register (OpenAPI, docs) are public; every other API route must declare its own policy,
  // and one that does not stops the app from being built.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs') || route.url === '/api/openapi.json')
      route.config = { ...route.config, policy: PUBLIC };
    if (!route.url.startsWith('/api/')) return;
    const policy = (route.config as { policy?: Policy } | undefined)?.policy;
    if (!policy) throw new Error(`Route ${String(route.method)} ${route.url} has no access policy`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, policy });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // plain-HTTP intranet deployments must not have their assets upgraded to HTTPS
        upgradeInsecureRequests: ctx.config.cookieSecure ? [] : null,
      },
    },
  });
  await app.register(cookie);
  // API responses over 1 KB go compressed to a client that accepts it (brotli at quality 4, gzip): county staff confirm
  // records over weak mobile networks. Already compressed bodies (xlsx, docx, pdf, the web's .br/.gz files) are left
  // as they are: their types are not compressible, or they carry their content-encoding already.
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, parts: 25 } });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => ({
      statusCode: 429,
      error: {
        code: 'RATE_LIMITED',
        message: `Too many requests; retry in ${Math.ceil(c.ttl / 1000)} s`,
        details: { retryAfterSeconds: Math.ceil(c.ttl / 1000) },
      },
    }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Xiezuo API', version: ctx.config.version, description: '东西部协作工作平台 API' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const serveWebAtAll = opts.serveWeb !== false && fs.existsSync(path.join(ctx.config.webDist, 'index.html'));
  const availability =
    ctx.availability ?? new DatabaseAvailability(async () => void (await ctx.db.execute(sql`select 1`)));
  if (!ctx.availability) app.addHook('onClose', async () => availability.close());
  installErrorHandler(
    app,
    serveWebAtAll ? fs.readFileSync(path.join(ctx.config.webDist, 'index.html')) : undefined,
    (reason) => availability.markDown(reason),
  );
  // while the database is known to be down, API requests get 503 at once (health asks it itself)
  app.addHook('onRequest', async (req, reply) => {
    if (availability.isAvailable || !req.url.startsWith('/api/') || req.url.startsWith('/api/health')) return;
    return sendError(reply, langFromHeader(req.headers['accept-language']), 'DATABASE_UNAVAILABLE');
  });
  installAuthentication(app, ctx);
  installIdempotency(app, ctx);

  await app.register(
    async (api) => {
      await api.register(healthRoutes(ctx, availability));
      await api.register(authRoutes(ctx));
      await api.register(auditRoutes(ctx));
      await api.register(userRoutes(ctx));
      await api.register(orgRoutes(ctx));
      await api.register(orgAdminRoutes(ctx));
      await api.register(systemRoutes(ctx));
      await api.register(pairingRoutes(ctx));
      await api.register(agreementRoutes(ctx));
      await api.register(recordRoutes(ctx));
      await api.register(periodRoutes(ctx));
      await api.register(personRoutes(ctx));
      await api.register(indicatorRoutes(ctx));
      await api.register(importRoutes(ctx));
      await api.register(reportRoutes(ctx));
      await api.register(warningRoutes(ctx));
      await api.register(supervisionRoutes(ctx));
      await api.register(assessmentRoutes(ctx));
      await api.register(fundsExcelRoutes(ctx));
      await api.register(projectRoutes(ctx));
      await api.register(moneyRoutes(ctx));
      await api.register(findingRoutes(ctx));
      await api.register(accountRoutes(ctx));
      await api.register(consumptionRoutes(ctx));
      await api.register(messageRoutes(ctx));
      await api.register(jobRoutes(ctx));
      await api.register(settingsRoutes(ctx));
      await api.register(workbenchRoutes(ctx));
      await api.register(documentRoutes(ctx));
      await api.register(taskRoutes(ctx));
      await api.register(cohortRoutes(ctx));
      await api.register(telemedicineRoutes(ctx));
      await api.register(charityRoutes(ctx));
      await api.register(labourRoutes(ctx));
      await api.register(publicCharityRoutes(ctx));
      for (const p of opts.extraApiPlugins ?? []) await api.register(p);
      api.get('/openapi.json', { config: { policy: PUBLIC }, schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );
  await app.register(shortLinkRoutes(ctx));

  if (serveWebAtAll)
    await app.register(fastifyStatic, {
      root: ctx.config.webDist,
      wildcard: false,
      index: false,
      // the build writes a .br and a .gz beside each text asset; the one the browser accepts is sent as it is
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => setWebCacheHeaders(reply, filePath),
    });
  return app;
}

/**
 * Vite names every file under assets/ after a hash of its content, so a browser may keep it for a year without asking
 * again; anything else (index.html, icons) is revalidated, so that a new release reaches the browser at once.
 */
function setWebCacheHeaders(reply: { header: (k: string, v: string) => unknown }, filePath: string) {
  const hashed = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+(\.(br|gz))?$/.test(filePath);
  reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}
