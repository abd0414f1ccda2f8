/** Quarterly access reviews of each group's members (issue 14). */
export const REVIEW_POLICY = {
  /** The admins get a reminder when the review is still open this many days after it opened. */
  reminderDays: 14,
} as const;

const oslo = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "numeric",
});

/** The quarter `at` falls in, in Oslo time: "2026-Q4". */
export function quarterOf(at: Date): string {
  const parts = Object.fromEntries(oslo.formatToParts(at).map((p) => [p.type, p.value]));
  const quarter = Math.floor((Number(parts.month) - 1) / 3) + 1;
  return `${parts.year}-Q${quarter}`;
}
