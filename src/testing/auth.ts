import type { CurrentUser, Role } from '../schemas/user.js';
import { MANAGING_ROLES, ROLES } from '../schemas/user.js';
import { ApiError } from './http.js';

const USERS: Readonly<Record<Role, { id: string; name: string }>> = {
  admin: { id: 'usr_admin', name: 'Astrid Holm' },
  'fleet-admin': { id: 'usr_fleet_admin', name: 'Mikkel Sørensen' },
  user: { id: 'usr_user', name: 'Ida Lund' },
  technician: { id: 'usr_technician', name: 'Jonas Berg' },
};

export interface Caller {
  user: CurrentUser;
  /** The raw token, to scope idempotency keys per caller. */
  token: string;
}

/** `Authorization: Bearer dev:<role>`; anything else is a 401. */
export function authenticate(header: string | null): Caller {
  const match = /^Bearer\s+(dev:(\S+))$/i.exec(header?.trim() ?? '');
  const role = match?.[2] as Role | undefined;
  if (!match || !role || !(ROLES as readonly string[]).includes(role)) {
    throw new ApiError(
      401,
      'unauthenticated',
      header ? 'The bearer token is not valid.' : 'Sign in: send Authorization: Bearer <token>.',
      { headers: { 'WWW-Authenticate': 'Bearer realm="customer"' } },
    );
  }
  const user: CurrentUser = {
    ...USERS[role],
    role,
    permissions: { manageCustomers: MANAGING_ROLES.includes(role) },
  };
  return { user, token: match[1] as string };
}

export function requireManager(caller: Caller): void {
  if (!caller.user.permissions.manageCustomers) {
    throw new ApiError(
      403,
      'forbidden',
      'Only administrators and fleet administrators may create, edit, delete or assign.',
    );
  }
}
