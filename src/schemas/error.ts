import * as z from 'zod/mini';

export const ERROR_CODES = [
  'invalid_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'precondition_failed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
  'unavailable',
] as const;

/** One bad field: `field` is a path such as `name`, `address.country` or `contacts[1].email`. */
export const ViolationSchema = z.object({ field: z.string(), message: z.string(), code: z.optional(z.string()) });

export const ApiErrorSchema = z.object({
  status: z.int(),
  code: z.string(),
  message: z.string(),
  violations: z.optional(z.array(ViolationSchema)),
  requestId: z.string(),
  /** On 412: the record as the server has it now. */
  current: z.optional(z.unknown()),
  /** On 409 from an assignment: the units that belong to another customer. */
  conflicts: z.optional(
    z.array(z.object({ id: z.string(), customer: z.object({ id: z.string(), name: z.string() }) })),
  ),
});

export type ErrorCode = (typeof ERROR_CODES)[number];
export type Violation = z.output<typeof ViolationSchema>;
export type ApiErrorBody = z.output<typeof ApiErrorSchema>;
