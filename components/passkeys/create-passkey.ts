import {
  browserSupportsWebAuthn,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/browser";
import { stepUpPathFor } from "@/lib/auth/step-up-path";
import { passkeys as nbPasskeys } from "@/lib/i18n/nb/passkeys";
import { passkeys as enPasskeys } from "@/lib/i18n/en/passkeys";
import { localized } from "@/lib/i18n/locale";
import { browserFailure, postJson } from "./browser-errors";

export type Ceremony =
  | { kind: "created"; response: RegistrationResponseJSON }
  | { kind: "step-up"; href: string }
  | { kind: "failed"; message: string };

/**
 * Asks the server for options and the browser for a new passkey (the browser's own prompt).
 * An old login answers with where to log in again, coming back to `returnTo`.
 */
export async function createPasskeyInBrowser(returnTo: string): Promise<Ceremony> {
  const text = localized({ nb: nbPasskeys, en: enPasskeys });
  if (!browserSupportsWebAuthn()) return { kind: "failed", message: text.errors.unsupported };
  let options;
  try {
    options = await postJson("/api/passkeys/registration/options", {});
  } catch {
    return { kind: "failed", message: text.errors.network };
  }
  if (!options.ok) {
    if (options.data.error === "step_up") return { kind: "step-up", href: stepUpPathFor(returnTo) };
    const message = options.data.message;
    return {
      kind: "failed",
      message: typeof message === "string" ? message : text.errors.unexpected,
    };
  }
  const optionsJSON = options.data as unknown as PublicKeyCredentialCreationOptionsJSON;
  try {
    return { kind: "created", response: await startRegistration({ optionsJSON }) };
  } catch (error) {
    const failure = browserFailure(error);
    if (failure === "already-registered")
      return { kind: "failed", message: text.errors.alreadyOnDevice };
    if (failure === "unsupported") return { kind: "failed", message: text.errors.unsupported };
    return { kind: "failed", message: text.errors.cancelled };
  }
}
