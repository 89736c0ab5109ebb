import * as z from 'zod/mini';

/** The most ids one `POST /customers/{id}/equipment` may carry; the SDK splits larger sets. */
export const ASSIGNMENT_BATCH_MAX = 10_000;

export const SKIP_REASONS = ['not_found', 'already_assigned', 'not_assigned'] as const;

const ids = /* @__PURE__ */ z
  .array(z.string().check(z.minLength(1, { error: 'Required.' })))
  .check(z.maxLength(ASSIGNMENT_BATCH_MAX, { error: `At most ${ASSIGNMENT_BATCH_MAX} ids per request.` }));

/** Assign and unassign in one atomic call; `move` allows taking units from another customer. */
export const AssignmentUpdateSchema = z.object({
  assign: z.optional(ids),
  unassign: z.optional(ids),
  move: z.optional(z.boolean()),
});

/** Counts of what changed, and every id that changed nothing, with the reason. */
export const AssignmentResultSchema = z.object({
  assigned: z.int(),
  unassigned: z.int(),
  moved: z.int(),
  skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
});

export type SkipReason = (typeof SKIP_REASONS)[number];
export type AssignmentUpdate = z.input<typeof AssignmentUpdateSchema>;
export type AssignmentResult = z.output<typeof AssignmentResultSchema>;
