import { html, nothing, type TemplateResult } from 'lit';
import type { AssignmentResult } from '../../src/schemas/assignment.js';
import type { Equipment } from '../../src/schemas/equipment.js';
import type { AssignerText } from './i18n/en.js';

/** A unit the server left as it was, with the reason in words. */
export interface SkippedUnit {
  id: string;
  name: string;
  reason: string;
}

/** How many skipped units are named one by one before "and N more". */
const NAMED = 5;

export function skippedUnits(
  skipped: AssignmentResult['skipped'],
  units: ReadonlyMap<string, Pick<Equipment, 'name'>>,
  t: AssignerText,
): SkippedUnit[] {
  return skipped.map(({ id, reason }) => ({
    id,
    // A unit that no longer exists may never have been loaded: its id is all there is to show.
    name: units.get(id)?.name ?? id,
    reason: (t.skipReasons as Record<string, string>)[reason] ?? t.skipReasonOther,
  }));
}

/** Ids of `sent` that the result did not skip: what really changed. */
export function changedIds(sent: readonly string[], result: AssignmentResult): string[] {
  if (!result.skipped.length) return [...sent];
  const skipped = new Set(result.skipped.map((each) => each.id));
  return sent.filter((id) => !skipped.has(id));
}

/** "3 units were not changed:" and which, each with why. Names are text, never markup. */
export function skippedList(
  skipped: readonly SkippedUnit[],
  t: AssignerText,
  format: (value: number) => string,
): TemplateResult | typeof nothing {
  if (!skipped.length) return nothing;
  const rest = skipped.length - NAMED;
  return html`<p>${t.notChanged(skipped.length, format(skipped.length))}</p>
    <ul class="skipped" part="skipped">
      ${skipped.slice(0, NAMED).map((unit) => html`<li>${t.skippedUnit(unit.name, unit.reason)}</li>`)}
      ${rest > 0 ? html`<li>${t.moreUnits(format(rest))}</li>` : nothing}
    </ul>`;
}
