"use server";

import { signIn } from "@/lib/auth/next-auth";
import { safeReturnPath } from "@/lib/http/safe-return-path";

/** Starts the ID-porten login; the callback lands on /etter-innlogging, which routes on. */
export async function signInWithIdportenAction(formData: FormData): Promise<void> {
  const returnTo = safeReturnPath(formData.get("callbackUrl"));
  const target = returnTo
    ? `/etter-innlogging?til=${encodeURIComponent(returnTo)}`
    : "/etter-innlogging";
  // Step-up must be a fresh authentication at ID-porten, not its single sign-on.
  const stepUp = formData.get("bekreft") === "1";
  await signIn("idporten", { redirectTo: target }, stepUp ? { prompt: "login" } : undefined);
}
