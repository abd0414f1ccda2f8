"use client";

import { useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { registration as nbRegistration } from "@/lib/i18n/nb/registration";
import { registration as enRegistration } from "@/lib/i18n/en/registration";
import { localized } from "@/lib/i18n/locale";
import { resendEmailCodeAction } from "./actions";

/**
 * Seconds left of `seconds`, counted from when the page (or `restartKey`) appeared. Relative,
 * so a wrong clock on the computer does not matter, and the server's first render matches.
 */
function useCountdown(seconds: number, restartKey: unknown): number {
  const [elapsed, setElapsed] = useState({ key: restartKey, seconds: 0 });
  useEffect(() => {
    const started = performance.now();
    const timer = setInterval(() => {
      const gone = Math.floor((performance.now() - started) / 1000);
      setElapsed({ key: restartKey, seconds: gone });
    }, 1000);
    return () => clearInterval(timer);
  }, [restartKey]);
  return Math.max(0, seconds - (elapsed.key === restartKey ? elapsed.seconds : 0));
}

/** `Send kode på nytt`, with the cooldown (CODE_POLICY.resendCooldownSeconds) shown as a countdown. */
export function ResendForm({ emailId, waitSeconds }: { emailId: string; waitSeconds: number }) {
  const registration = localized({ nb: nbRegistration, en: enRegistration });
  const [state, action] = useActionState(resendEmailCodeAction, initialActionState);
  const wait = state.values?.waitSeconds ? Number(state.values.waitSeconds) : waitSeconds;
  const seconds = useCountdown(wait, state);
  const m = registration.confirm;

  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="emailId" value={emailId} />
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton
          label={m.resend}
          pendingLabel={registration.sending}
          variant="secondary"
          disabled={seconds > 0}
          aria-describedby={seconds > 0 ? "resend-countdown" : undefined}
        />
        {seconds > 0 ? (
          <p id="resend-countdown" className="ds-paragraph" data-size="sm">
            {m.resendIn(seconds)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
