import { z } from 'zod';
import { ABILITIES, ROLES, SCOPE_TYPES } from './scope';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const roleGrantDto = z.object({
  role: z.enum(ROLES),
  scopeType: z.enum(SCOPE_TYPES),
  scopeId: z.string().nullable(),
  scopeName: z.string().nullable(),
});
export type RoleGrantDto = z.infer<typeof roleGrantDto>;

export const sessionUserDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  tenant: z.object({ id: z.string(), name: z.string() }),
  mustChangePassword: z.boolean(),
});

/** What sign-in and `GET /api/auth/me` return: the user, roles with scopes, abilities, and the CSRF token. */
export const sessionDto = z.object({
  user: sessionUserDto,
  roles: z.array(roleGrantDto),
  abilities: z.array(z.enum(ABILITIES)),
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
});
export type SessionDto = z.infer<typeof sessionDto>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const okResponse = z.object({ ok: z.literal(true) });
