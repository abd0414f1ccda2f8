"use server";

import { z } from "zod";
import { AccessRefusedError } from "@/lib/actions/errors";
import { adminAction } from "@/lib/admin/action";
import { getOwnEmail } from "@/lib/emails/queries";
import { startReconfirmation } from "@/lib/emails/reconfirmation";
import { t } from "@/lib/i18n";

/** Support asks a person to confirm a work address again: the grace period starts now. */
export const startReconfirmationAction = adminAction(
  z.object({ userId: z.uuid(), emailId: z.uuid() }),
  async ({ userId, emailId }, { actor }) => {
    // The address must be this person's: a forged pair is refused and audited.
    const email = await getOwnEmail(userId, emailId);
    if (!email?.confirmedAt)
      throw new AccessRefusedError("not-owner", { type: "email", id: emailId });
    const started = await startReconfirmation(actor, emailId, "support");
    const m = t.reconfirm.support;
    return started ? { ok: true, message: m.started } : { formError: m.already };
  },
  {
    returnTo: (values) => `/admin/brukere/${encodeURIComponent(values.userId ?? "")}`,
    name: "admin.startReconfirmation",
  },
);
