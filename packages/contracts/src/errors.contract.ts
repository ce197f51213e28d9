import { z } from 'zod';

/** Every error the API returns has one of these codes; the HTTP status is derived from the code. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DUPLICATE_ID_NUMBER: 409,
  DUPLICATE_USERNAME: 409,
  VERSION_CONFLICT: 409,
  INVALID_STATE: 409,
  /** PostgreSQL rolled the transaction back for a concurrent one (deadlock, serialization failure); nothing was saved, retry. */
  WRITE_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** A17.1/A17.2: the matter may not be handed to a community in that role (unlisted, negative list, forbidden area). */
  MATTER_NOT_ALLOWED: 422,
  /** A17.3: county-level and higher bodies may not second community workers. */
  SECONDMENT_FORBIDDEN: 422,
  RATE_LIMITED: 429,
  /** Too many failed logins for this username or from this address: refused for a while, whatever the password. */
  LOGIN_LOCKED: 429,
  /** A state-changing call without the app's own header or from another site's page (CSRF). */
  CSRF_REJECTED: 403,
  /** The account was opened by the system administrator and awaits the security administrator's authorisation. */
  ACCOUNT_NOT_AUTHORIZED: 403,
  INTERNAL: 500,
  /** PostgreSQL cannot be reached (stopped, restarting, connections refused or dropped); /api/health answers it too. Passes by itself. */
  DB_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const fieldError = z.object({ path: z.string(), message: z.string() });

export const errorResponse = z.object({
  code: z.string(),
  message: z.string(),
  messageEn: z.string().optional(),
  fields: z.array(fieldError).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponse>;
