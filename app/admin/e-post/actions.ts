"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { retryFailedEmail } from "@/lib/admin/email";
import { t } from "@/lib/i18n";

/** `Send på nytt`: a failed email back to the queue, sent once. */
export const retryEmailAction = adminAction(
  z.object({ outboxId: z.uuid({ error: () => t.admin.errors.invalidId }) }),
  async ({ outboxId }, { actor }) => {
    await retryFailedEmail(actor, outboxId);
    revalidatePath("/admin/e-post");
    return { ok: true, message: t.operations.email.retried };
  },
  { returnTo: "/admin/e-post", name: "admin.retryEmail" },
);
