import * as z from 'zod/mini';
import { openEnum } from './open-enum.js';

export const ROLES = ['admin', 'fleet-admin', 'user', 'technician'] as const;
/** Only these roles may create, edit, delete or assign (the help article: administrator or fleet administrator). */
export const MANAGING_ROLES: readonly Role[] = ['admin', 'fleet-admin'];

export const CurrentUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: openEnum(ROLES),
  permissions: z.object({ manageCustomers: z.boolean() }),
});

export type Role = (typeof ROLES)[number];
export type CurrentUser = z.output<typeof CurrentUserSchema>;
