"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { RECONFIRM_PATH } from "@/lib/emails/reconfirm-policy";
import { pendingReconfirmation } from "@/lib/emails/reconfirmation";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { sendReconfirmationCode } from "@/lib/registration/reconfirm-code";

/** `Send kode` on the re-confirmation screen: a code for the address that is due (or lapsed). */
export const sendReconfirmationCodeAction = userAction(
  z.object({}),
  async (_input, { user, actor }) => {
    const pending = await pendingReconfirmation(user.id);
    if (!pending) redirect("/oversikt");
    await sendReconfirmationCode(actor, pending);
    redirect(RECONFIRM_PATH);
  },
  { name: "reconfirm.sendCode", limits: [RATE_LIMITS.emailCodePerIp] },
);
