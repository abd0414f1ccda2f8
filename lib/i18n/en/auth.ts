import type { auth as nb } from "../nb/auth";
import type { Widen } from "../types";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { aDuration, duration } from "./numbers";

export const auth: Widen<typeof nb> = {
  continueWithIdporten: "Continue with ID-porten",
  logout: "Log out",
  loginErrorTitle: "The login was not completed",
  loginErrors: {
    sikkerhetsniva:
      "The login was refused because the security level was too low. Medlemsportalen requires at least the substantial security level in ID-porten (for example MinID with the app, BankID or Buypass).",
    deaktivert:
      "Your account has been deactivated. Contact support if you think this is a mistake.",
    ugyldig:
      "We could not verify the response from ID-porten. You have not been logged in. Try again.",
    avbrutt: "The login was cancelled. You are not logged in.",
    "for-mange": `There have been many logins with this national identity number in a short time. Wait ${aDuration(RATE_LIMITS.idportenLoginPerPerson.windowSeconds)} and try again, or contact support.`,
    generic:
      "The login could not be completed. This may be because it took too long, because the link was used twice, or because it was changed along the way. You have not been logged in.",
  },
  tryAgain: "Try again",
  getHelp: "Get help with logging in",
  sessionExpired: `You were logged out after ${duration(SESSION_POLICY.idleSeconds)} without activity. Log in again to continue.`,
  idleWarningTitle: "You will soon be logged out",
  idleWarningBody: (seconds: number) =>
    `You have not been active for a while. For security reasons, you will be logged out in ${seconds} seconds.`,
  stayLoggedIn: "Stay logged in",
};
