/** How long a confirmed work address stays confirmed, and the grace after that (issue 14). */
export const RECONFIRM_POLICY = {
  /** A year after confirmation, the next login asks to confirm the address again. */
  afterDays: 365,
  /** Then 30 days with a banner on every page before the address lapses. */
  graceDays: 30,
} as const;

/** The one screen that asks for it. */
export const RECONFIRM_PATH = "/profil/e-post/bekreft-pa-nytt";

/** The same year as a PostgreSQL interval, for queries. */
export const RECONFIRM_INTERVAL = `${RECONFIRM_POLICY.afterDays} days`;

const DAY_MS = 86_400_000;

/** When an address must be confirmed again: early when asked for, else a year after confirming. */
export function reconfirmDueAt(email: {
  confirmedAt: Date | null;
  reconfirmDueAt: Date | null;
}): Date | null {
  if (email.reconfirmDueAt) return email.reconfirmDueAt;
  if (!email.confirmedAt) return null;
  return new Date(email.confirmedAt.getTime() + RECONFIRM_POLICY.afterDays * DAY_MS);
}

/** The end of the grace period that starts at `dueAt`. */
export function reconfirmLapsesAt(dueAt: Date): Date {
  return new Date(dueAt.getTime() + RECONFIRM_POLICY.graceDays * DAY_MS);
}

/** A confirmed address whose re-confirmation has come due (grace or not). */
export function isReconfirmationDue(
  email: { confirmedAt: Date | null; reconfirmDueAt: Date | null },
  at: Date,
): boolean {
  const due = email.confirmedAt ? reconfirmDueAt(email) : null;
  return due !== null && due <= at;
}
