import * as z from 'zod/mini';
import { timestampSchema } from './common.js';
import { openEnum } from './open-enum.js';
import { PAGE_LIMIT_MAX } from './page.js';

/**
 * What an assignment change was: a unit given to a customer from none (`assigned`), taken from one to none
 * (`unassigned`), taken from one to another (`moved`), or freed because its customer was deleted
 * (`customer_deleted`). Clients must tolerate kinds they do not know yet.
 */
export const HISTORY_KINDS = ['assigned', 'unassigned', 'moved', 'customer_deleted'] as const;

const party = /* @__PURE__ */ z.object({ id: z.string(), name: z.string() });

/**
 * One change of a unit's customer. Names are as they were at the time (a customer renamed or deleted later
 * still reads as it was then); `by` is the user who made the change, null for seeded or imported data.
 */
export const HistoryEventSchema = /* @__PURE__ */ z.object({
  id: z.string(),
  kind: openEnum(HISTORY_KINDS),
  at: timestampSchema,
  unit: z.object({ id: z.string(), name: z.string(), serialNumber: z.optional(z.string()) }),
  from: z.nullable(party),
  to: z.nullable(party),
  by: z.nullable(party),
});

/** Whom a unit was last assigned to, and when: on every unit of the fleet list, so the picker needs no extra calls. */
export const LastAssignmentSchema = /* @__PURE__ */ z.object({ customer: party, at: timestampSchema });

const DAY_SOURCE = String.raw`\d{4}-\d{2}-\d{2}`;
const INSTANT_SOURCE = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})`;
const DAY = /* @__PURE__ */ new RegExp(`^${DAY_SOURCE}$`);
const INSTANT = /* @__PURE__ */ new RegExp(`^${INSTANT_SOURCE}$`);
/** `2026-12-03` (that UTC day, whole) or an ISO date-time with a zone (that instant); unanchored. */
export const AT_PATTERN = /* @__PURE__ */ new RegExp(`${DAY_SOURCE}|${INSTANT_SOURCE}`);

export const atSchema = /* @__PURE__ */ z.string().check(
  z.refine((value) => (DAY.test(value) || INSTANT.test(value)) && !Number.isNaN(Date.parse(value)), {
    error: 'A date (2026-12-03) or a date-time with a zone (2026-12-03T14:00:00Z).',
  }),
);

const limit = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z
    .int()
    .check(z.gte(1, { error: 'At least 1.' }), z.lte(PAGE_LIMIT_MAX, { error: `At most ${PAGE_LIMIT_MAX}.` })),
);

export const UnitHistoryQuerySchema = /* @__PURE__ */ z.object({ limit, cursor: z.optional(z.string()) });
export const CustomerHistoryQuerySchema = /* @__PURE__ */ z.object({
  limit,
  cursor: z.optional(z.string()),
  /** Only the events of this unit. */
  unitId: z.optional(z.string()),
});

export type HistoryKind = (typeof HISTORY_KINDS)[number];
export type HistoryEvent = z.output<typeof HistoryEventSchema>;
export type LastAssignment = z.output<typeof LastAssignmentSchema>;
export type UnitHistoryQuery = z.input<typeof UnitHistoryQuerySchema>;
export type CustomerHistoryQuery = z.input<typeof CustomerHistoryQuerySchema>;
