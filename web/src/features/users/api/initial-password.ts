import type { z } from 'zod';
import type { userWithPasswordDto } from '@xiezuo/domain';

/** What create and reset-password return: the user and a password shown once. */
export type InitialPassword = z.infer<typeof userWithPasswordDto>;
