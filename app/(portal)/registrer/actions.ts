"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { DomainError } from "@/lib/actions/errors";
import { emailAddressSchema } from "@/lib/emails/schema";
import { saveRegistrationProfile, fullNameSchema } from "@/lib/registration/profile-name";
import { findOwnEmailByAddress } from "@/lib/emails/queries";
import { requestEmailCode } from "@/lib/registration/request-code";
import { codeStepPath } from "@/lib/registration/code-step-path";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";

/**
 * Registration, first step: saves the name and sends a code to the work email. A code for
 * the same address that still works is kept (it may be in the inbox already).
 */
export const startRegistrationAction = userAction(
  z.object({ name: fullNameSchema, email: emailAddressSchema }),
  async ({ name, email }, { user, actor }) => {
    if (user.registered) redirect("/oversikt");
    await saveRegistrationProfile(user.id, name);
    try {
      const sent = await requestEmailCode(actor, email, { keepLiveCode: true });
      redirect(codeStepPath("/registrer/bekreft", sent.emailId, sent.kept));
    } catch (error) {
      // Back with the same address inside the cooldown: the code already sent still works.
      if (error instanceof DomainError && error.code === "cooldown") {
        const row = await findOwnEmailByAddress(user.id, email);
        if (row) redirect(codeStepPath("/registrer/bekreft", row.id, true));
      }
      throw error;
    }
  },
  { name: "registration.start", allowUnregistered: true, limits: [RATE_LIMITS.emailCodePerIp] },
);
