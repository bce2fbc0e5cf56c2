import type { Violation } from '../api/client.js';
import type { ExerciseRef, PlanEntry } from '../api/meetings.js';

/**
 * Today's date where the group meets, as YYYY-MM-DD: the date of "tonight's meeting". The server dates a group's
 * meetings in its own zone, so a host far from it (an online group's host, or one travelling) would otherwise log
 * tonight's meeting under tomorrow's date and be told it is still to come. Without a zone, the browser's calendar.
 */
export function groupToday(timeZone?: string, now: Date = new Date()): string {
  if (timeZone) {
    try {
      // A machine date, not words for a reader: en-US only for its Latin digits, whatever language is shown.
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
      const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value;
      return `${part('year')}-${part('month')}-${part('day')}`;
    } catch {
      // A zone this browser does not know: its own calendar is the best guess left.
    }
  }
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Today's plan entry when it names an exercise; a plan without one leaves the choice to the host. */
export function plannedExercise(plan: readonly PlanEntry[], today: string): (PlanEntry & { exercise: ExerciseRef }) | null {
  const entry = plan.find((item) => item.date === today);
  return entry?.exercise ? { ...entry, exercise: entry.exercise } : null;
}

/**
 * Server violations keyed by the form field they belong to: "note", "entry.note" and "input.note" all belong to
 * "note". Anything the form has no field for goes with the form as a whole.
 */
export function violationsByField<F extends string>(
  violations: readonly Violation[],
  fields: readonly F[],
): Partial<Record<F | 'form', string>> {
  const errors: Partial<Record<F | 'form', string>> = {};
  for (const violation of violations) {
    const last = (violation.field.split('.').pop() ?? '').replace(/\[\d+\]$/, '');
    const field: F | 'form' = (fields as readonly string[]).includes(last) ? (last as F) : 'form';
    const message = field === 'form' ? `${violation.field}: ${violation.message}` : violation.message;
    const known = errors[field];
    errors[field] = known && !known.split('; ').includes(message) ? `${known}; ${message}` : (known ?? message);
  }
  return errors;
}
