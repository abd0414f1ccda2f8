"use client";

import { useActionState, useEffect, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { t } from "@/lib/i18n";
import { resendEmailCodeAction } from "./actions";

function secondsUntil(iso: string | null, at: number): number {
  if (!iso) return 0;
  return Math.max(0, Math.ceil((new Date(iso).getTime() - at) / 1000));
}

/** `Send kode på nytt` with the 60-second cooldown shown as a countdown. */
export function ResendForm({ emailId, resendAt }: { emailId: string; resendAt: string | null }) {
  const [state, action] = useActionState(resendEmailCodeAction, initialActionState);
  const until = state.values?.resendAt ?? resendAt;
  const [at, setAt] = useState(() => Date.now());
  const seconds = secondsUntil(until, at);
  const m = t.registration.confirm;

  useEffect(() => {
    const timer = setInterval(() => setAt(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="emailId" value={emailId} />
      {state.formError ? <FormAlert color="danger">{state.formError}</FormAlert> : null}
      {state.ok && state.message ? <FormAlert color="success">{state.message}</FormAlert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton
          label={m.resend}
          pendingLabel={t.registration.sending}
          variant="secondary"
          disabled={seconds > 0}
          aria-describedby={seconds > 0 ? "resend-countdown" : undefined}
        />
        {seconds > 0 ? (
          <p id="resend-countdown" className="ds-paragraph" data-size="sm" suppressHydrationWarning>
            {m.resendIn(seconds)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
