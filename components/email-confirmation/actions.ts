"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { DomainError } from "@/lib/actions/errors";
import { t } from "@/lib/i18n";
import { verifyFailureMessage } from "@/lib/registration/confirm-messages";
import { codeSchema } from "@/lib/registration/code-format";
import { ownEmailOrRefuse } from "@/lib/emails/queries";
import { isReconfirmationDue } from "@/lib/emails/reconfirm-policy";
import { now } from "@/lib/clock";
import { requestEmailCode, requestReconfirmationCode } from "@/lib/registration/request-code";
import { verifyEmailCode } from "@/lib/registration/verify-code";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { secondsUntil } from "./seconds-until";

const contextSchema = z.enum(["registrer", "profil", "fornye"]);

const donePath = {
  registrer: (emailId: string) => `/registrer/ferdig?e=${emailId}`,
  profil: (emailId: string) => `/profil/e-post/ferdig?e=${emailId}`,
  fornye: (emailId: string) => `/profil/e-post/ferdig?e=${emailId}`,
};

/** Checks the code typed on the confirm page; on success goes to the membership result. */
export const confirmEmailCodeAction = userAction(
  z.object({ emailId: z.uuid(), code: codeSchema, context: contextSchema }),
  async ({ emailId, code, context }, { actor }) => {
    const result = await verifyEmailCode(actor, emailId, code);
    if (!result.ok) {
      return {
        formError: verifyFailureMessage(result),
        fieldErrors: { code: [verifyFailureMessage(result)] },
        values: { code: "" },
      };
    }
    redirect(donePath[context](emailId));
  },
  { name: "emails.confirmCode", allowUnregistered: true, limits: [RATE_LIMITS.codeAttemptsPerIp] },
);

/** `Send kode på nytt`: a fresh code to the same address; the old one stops working. */
export const resendEmailCodeAction = userAction(
  z.object({ emailId: z.uuid() }),
  async ({ emailId }, { user, actor }) => {
    const email = await ownEmailOrRefuse(user.id, emailId);
    // A confirmed address takes a new code only while its yearly re-confirmation is due.
    if (!email || (email.confirmedAt && !isReconfirmationDue(email, now()))) {
      throw new DomainError("unknown_email", t.registration.errors.unknownEmail);
    }
    const sent = email.confirmedAt
      ? await requestReconfirmationCode(actor, email)
      : await requestEmailCode(actor, email.address);
    return {
      ok: true,
      message: t.registration.confirm.resent,
      values: { waitSeconds: String(secondsUntil(sent.resendAt)) },
    };
  },
  { name: "emails.resendCode", allowUnregistered: true, limits: [RATE_LIMITS.emailCodePerIp] },
);
