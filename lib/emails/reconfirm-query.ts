import "server-only";
import { and, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { userEmails, type UserEmail } from "@/lib/db/schema";
import { RECONFIRM_INTERVAL, reconfirmDueAt, reconfirmLapsesAt } from "./reconfirm-policy";

export type Reconfirmation = {
  email: UserEmail;
  dueAt: Date;
  /** End of the grace period; in the past once the address has lapsed. */
  lapsesAt: Date;
  /** The grace period ended: the address is unconfirmed until confirmed again. */
  lapsed: boolean;
};

/** When an address is due again, in SQL (the same rule as reconfirmDueAt). */
export const reconfirmDueSql = sql`coalesce(${userEmails.reconfirmDueAt}, ${userEmails.confirmedAt} + ${RECONFIRM_INTERVAL}::interval)`;

/** Addresses that need confirming again at `at`: due (grace or not), or lapsed. */
export function awaitingReconfirmation(at: Date): SQL {
  return or(
    and(isNotNull(userEmails.confirmedAt), sql`${reconfirmDueSql} <= ${at.toISOString()}`),
    // Lapsed: unconfirmed, with the due date kept as its mark.
    and(isNull(userEmails.confirmedAt), isNotNull(userEmails.reconfirmDueAt)),
  )!;
}

export function reconfirmationOf(email: UserEmail): Reconfirmation {
  const dueAt = reconfirmDueAt(email)!;
  return { email, dueAt, lapsesAt: reconfirmLapsesAt(dueAt), lapsed: !email.confirmedAt };
}
