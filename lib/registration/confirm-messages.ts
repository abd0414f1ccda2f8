import { t } from "@/lib/i18n";
import type { VerifyResult } from "./verify-code";

type Failure = Extract<VerifyResult, { ok: false }>;

/** Norwegian text for each way a code can fail. */
export function verifyFailureMessage(failure: Failure): string {
  const e = t.registration.errors;
  switch (failure.reason) {
    case "wrong":
      return e.wrongCode(failure.remaining ?? 0);
    case "locked":
      return e.locked;
    case "expired":
      return e.expired;
    case "no-code":
      return e.noCode;
    case "taken":
      return e.emailTaken;
    case "attempt-limit":
      return e.attemptLimit;
    case "unknown-email":
      return e.unknownEmail;
  }
}
