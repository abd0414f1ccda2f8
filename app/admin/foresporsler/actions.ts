"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { decideJoinRequest, REASON_MAX_LENGTH } from "@/lib/groups/decisions";
import { t } from "@/lib/i18n";
import { optionalSafeText } from "@/lib/text/safe-text";

const m = t.operations.requests;
const input = z.object({ requestId: z.uuid({ error: () => t.admin.errors.invalidId }) });
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
  async ({ requestId }, { actor }) => {
    const { requesterName } = await decideJoinRequest(
      actor,
      requestId,
      { decision: "approve" },
      "support",
    );
    revalidatePath("/admin/foresporsler");
    return { ok: true, message: m.approved(requesterName) };
  },
  { returnTo: "/admin/foresporsler", name: "admin.approveJoinRequest" },
);

/** Support rejects a pending request like a group admin would, with an optional reason. */
export const supportRejectRequestAction = adminAction(
  rejection,
  async ({ requestId, reason }, { actor }) => {
    const { requesterName } = await decideJoinRequest(
      actor,
      requestId,
      { decision: "reject", reason },
      "support",
    );
    revalidatePath("/admin/foresporsler");
    return { ok: true, message: m.rejected(requesterName) };
  },
  { returnTo: "/admin/foresporsler", name: "admin.rejectJoinRequest" },
);
