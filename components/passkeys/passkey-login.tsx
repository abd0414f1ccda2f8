"use client";

import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { useCallback, useEffect, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { passkeys as nbPasskeys, type PasskeyLoginErrorCode } from "@/lib/i18n/nb/passkeys";
import { passkeys as enPasskeys } from "@/lib/i18n/en/passkeys";
import { localized } from "@/lib/i18n/locale";
import { browserFailure, postJson } from "./browser-errors";

type Props = {
  /** Where to go after login (a same-site path), e.g. back to a step-up action. */
  callbackUrl: string | null;
  /** An anchor on the page with the ID-porten login, offered as the fallback. */
  fallbackHref: string;
};

type Status =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "signing-in" }
  | { kind: "error"; code: PasskeyLoginErrorCode; attempt: number };

// The codes are the same in every language.
const errorCodes = Object.keys(nbPasskeys.login.errors) as PasskeyLoginErrorCode[];

function knownCode(value: unknown): PasskeyLoginErrorCode {
  return errorCodes.includes(value as PasskeyLoginErrorCode)
    ? (value as PasskeyLoginErrorCode)
    : "verification_failed";
}

async function loginOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { ok, data } = await postJson("/api/passkeys/login/options", {});
  if (!ok) throw new Error("options unavailable");
  return data as unknown as PublicKeyCredentialRequestOptionsJSON;
}

/** `Logg inn med passnøkkel` (a modal prompt) and the browser's passkey autofill. */
export function PasskeyLogin({ callbackUrl, fallbackHref }: Props) {
  const text = localized({ nb: nbPasskeys, en: enPasskeys });
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [autofill, setAutofill] = useState(false);
  // Bumped to start autofill again after a modal attempt (which aborts it).
  const [autofillRound, setAutofillRound] = useState(0);
  const fieldId = useId();

  const fail = useCallback((code: PasskeyLoginErrorCode) => {
    setStatus((s) => ({ kind: "error", code, attempt: s.kind === "error" ? s.attempt + 1 : 1 }));
  }, []);

  /** Sends the assertion; true when the login succeeded and the page is moving on. */
  const submit = useCallback(
    async (credential: AuthenticationResponseJSON): Promise<boolean> => {
      setStatus({ kind: "signing-in" });
      try {
        const { ok, data } = await postJson("/api/passkeys/login", { credential, callbackUrl });
        if (ok && typeof data.redirectTo === "string") {
          window.location.assign(data.redirectTo);
          return true;
        }
        fail(knownCode(data.error));
      } catch {
        fail("network");
      }
      return false;
    },
    [callbackUrl, fail],
  );

  useEffect(() => {
    let live = true;
    browserSupportsWebAuthnAutofill()
      .then((supported) => live && setAutofill(supported))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!autofill) return;
    let live = true;
    (async () => {
      try {
        const optionsJSON = await loginOptions();
        if (!live) return;
        const credential = await startAuthentication({ optionsJSON, useBrowserAutofill: true });
        // On a refusal the message stays; the button (which re-arms autofill) is the retry.
        if (live) await submit(credential);
      } catch {
        // Aborted by the button's modal prompt or by leaving the page: nothing to tell.
      }
    })();
    return () => {
      live = false;
    };
  }, [autofill, autofillRound, submit]);

  async function loginWithModal() {
    if (!browserSupportsWebAuthn()) return fail("unsupported");
    setStatus({ kind: "busy" });
    let credential: AuthenticationResponseJSON;
    try {
      credential = await startAuthentication({ optionsJSON: await loginOptions() });
    } catch (error) {
      const failure = browserFailure(error);
      fail(
        failure === "unsupported" ? "unsupported" : failure === "other" ? "network" : "cancelled",
      );
      setAutofillRound((n) => n + 1);
      return;
    }
    if (!(await submit(credential))) setAutofillRound((n) => n + 1);
  }

  const busy = status.kind === "busy" || status.kind === "signing-in";
  return (
    <div className="flex flex-col gap-4">
      {autofill ? (
        <div className="ds-field">
          <label className="ds-label" htmlFor={fieldId}>
            {text.login.autofillLabel}
          </label>
          <div data-field="description" id={`${fieldId}-beskrivelse`}>
            {text.login.autofillDescription}
          </div>
          <input
            className="ds-input"
            id={fieldId}
            name="passkey"
            type="text"
            autoComplete="username webauthn"
            aria-describedby={`${fieldId}-beskrivelse`}
          />
        </div>
      ) : null}
      <div>
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={loginWithModal}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {text.login.button}
        </button>
      </div>
      {busy ? (
        <p className="ds-paragraph" role="status" data-size="sm">
          {status.kind === "busy" ? text.login.busy : text.login.signingIn}
        </p>
      ) : null}
      {status.kind === "error" ? (
        <Alert key={status.attempt} color="danger">
          <p className="ds-paragraph">{text.login.errors[status.code]}</p>
          <p className="ds-paragraph">
            <a className="ds-link" href={fallbackHref}>
              {text.login.fallbackLink}
            </a>
          </p>
        </Alert>
      ) : null}
    </div>
  );
}
