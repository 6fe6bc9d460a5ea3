import type { Ability, ExternalRole, Lang, RoleGrant, SubjectRef } from '@xiezuo/domain';
import type { Config } from '../config/config';
import type { DatabaseAvailability } from '../db/availability';
import type { Db } from '../db/client';
import type { DataKeys } from '../security/pii';

/** Who is calling: resolved from the session cookie before any handler runs. */
export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  tenantId: string;
  tenantName: string;
  roles: RoleGrant[];
  abilities: Ability[];
  sessionId: string;
  csrfToken: string;
  mustChangePassword: boolean;
};

/** An external account (worker, employer, donor, supplier, doctor) signed in by phone: never a staff actor. */
export type AccountActor = {
  accountId: string;
  tenantId: string;
  tenantName: string;
  phoneMasked: string;
  displayName: string | null;
  roles: ExternalRole[];
  subject: SubjectRef | null;
  sessionId: string;
  csrfToken: string;
};

/** Route access policy. Every route declares one; a route without one is refused at startup. */
export type Policy =
  | { kind: 'public' }
  | { kind: 'authenticated'; allowPasswordChange?: boolean }
  /** staff holding one of these abilities; with `externalRoles`, also external accounts holding one of those roles */
  | { kind: 'abilities'; anyOf: readonly Ability[]; externalRoles?: readonly ExternalRole[] }
  /** external accounts only, optionally with one of these roles */
  | { kind: 'external'; roles?: readonly ExternalRole[] }
  /** anyone signed in, staff or external (the message centre) */
  | { kind: 'anyone' };

/** Request facts the audit log needs, detached from the raw request. */
export type RequestMeta = { ip: string; requestId: string; userAgent: string | undefined };

/** What services receive: the database, config, and the caller. */
export type AppContext = {
  db: Db;
  config: Config;
  databaseKind: 'embedded' | 'external';
  keys: DataKeys;
  /** Whether the database answers now (buildApp makes one when the caller does not). */
  availability?: DatabaseAvailability;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: Policy;
  }
  interface FastifyRequest {
    actor: Actor | null;
    account: AccountActor | null;
    lang: Lang;
    meta: RequestMeta;
  }
}
