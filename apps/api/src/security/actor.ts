import type { Permission, Role } from '@cwp/contracts/auth.contract';

/** Who is acting, resolved once per request from the session; services receive it instead of the request. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  scopeCode: string;
  workerId: number | null;
  permissions: readonly Permission[];
  ip: string | null;
}
