"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { decideJoinRequest, REASON_MAX_LENGTH } from "@/lib/groups/decisions";
import { t } from "@/lib/i18n";
import { optionalSafeText } from "@/lib/text/safe-text";

const input = z.object({
  requestId: z.uuid({ error: () => t.admin.errors.invalidId }),
  /** The page's "Eldre enn" filter, kept across the decision. */
  eldre: z
    .string()
    .regex(/^\d{1,4}$/)
    .optional()
    .catch(undefined),
});
const rejection = input.extend({
  reason: optionalSafeText({
    max: REASON_MAX_LENGTH,
    tooLong: () => t.groups.errors.reasonTooLong,
    unsafe: () => t.groups.errors.messageUnsafe,
  }),
});

/** Support approves a pending request like a group admin would. */
export const supportApproveRequestAction = adminAction(
  input,
  async ({ requestId, eldre }, { actor }) => {
    await decideJoinRequest(actor, requestId, { decision: "approve" }, "support");
    redirect(decidedPath("godkjent", requestId, eldre));
  },
  { returnTo: "/admin/foresporsler", name: "admin.approveJoinRequest" },
);

/** Support rejects a pending request like a group admin would, with an optional reason. */
export const supportRejectRequestAction = adminAction(
  rejection,
  async ({ requestId, reason, eldre }, { actor }) => {
    await decideJoinRequest(actor, requestId, { decision: "reject", reason }, "support");
    redirect(decidedPath("avslatt", requestId, eldre));
  },
  { returnTo: "/admin/foresporsler", name: "admin.rejectJoinRequest" },
);

/**
 * Back to the list, which says what was decided: the request's card is gone from it, so a
 * message inside the card would never be seen.
 */
function decidedPath(done: "godkjent" | "avslatt", requestId: string, eldre?: string): string {
  const query = new URLSearchParams({ utfort: done, foresporsel: requestId });
  if (eldre) query.set("eldre", eldre);
  return `/admin/foresporsler?${query}`;
}
