import { z } from 'zod';
import { ROLES } from './scope';
import { roleGrantDto } from './auth.contracts';

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, '3–32 characters: a–z, 0–9, . _ -');

export const roleAssignment = z.object({
  role: z.enum(ROLES),
  scopeId: z.string().min(1).max(64).nullable().default(null),
});
export type RoleAssignment = z.infer<typeof roleAssignment>;

export const userAdminDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  isActive: z.boolean(),
  isLocked: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  roles: z.array(roleGrantDto),
  createdAt: z.string(),
  version: z.number().int(),
});
export type UserAdminDto = z.infer<typeof userAdminDto>;

export const createUserBody = z.object({
  username,
  displayName: z.string().trim().min(1).max(64),
  roles: z.array(roleAssignment).min(1).max(10),
});

export const updateUserBody = z.object({
  version: z.number().int(),
  displayName: z.string().trim().min(1).max(64).optional(),
  isActive: z.boolean().optional(),
});

export const setRolesBody = z.object({ version: z.number().int(), roles: z.array(roleAssignment).min(1).max(10) });

export const userWithPasswordDto = z.object({ user: userAdminDto, initialPassword: z.string() });
