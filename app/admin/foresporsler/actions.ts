"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { decideJoinRequest } from "@/lib/groups/decisions";
import { t } from "@/lib/i18n";

const m = t.operations.requests;
const input = z.object({ requestId: z.uuid({ error: () => t.admin.errors.invalidId }) });

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

/** Support rejects a pending request like a group admin would. */
export const supportRejectRequestAction = adminAction(
  input,
  async ({ requestId }, { actor }) => {
    const { requesterName } = await decideJoinRequest(
      actor,
      requestId,
      { decision: "reject" },
      "support",
    );
    revalidatePath("/admin/foresporsler");
    return { ok: true, message: m.rejected(requesterName) };
  },
  { returnTo: "/admin/foresporsler", name: "admin.rejectJoinRequest" },
);
