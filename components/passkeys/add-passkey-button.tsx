"use client";

import Link from "next/link";
import { startTransition, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { passkeys as nbPasskeys } from "@/lib/i18n/nb/passkeys";
import { passkeys as enPasskeys } from "@/lib/i18n/en/passkeys";
import { localized } from "@/lib/i18n/locale";
import { createPasskeyInBrowser } from "./create-passkey";
import { useCountedAction, type ServerAction } from "./use-counted-action";

type Props = {
  /** Verifies and saves the passkey, named from its provider; redirects to the list. */
  action: ServerAction;
  /** Where to come back to after a step-up; the page starts the prompt again there. */
  returnTo: string;
  /** Set when the login is already too old: the button leads to the step-up first. */
  stepUpHref: string | null;
  /** Open the browser's prompt as soon as the page shows (back from a step-up). */
  autoStart?: boolean;
  /** The URL to show instead once the automatic start has happened (no second start on reload). */
  cleanUrl?: string;
};

/** `Legg til passnøkkel` in one press: the browser's passkey prompt opens at once. */
export function AddPasskeyButton({ action, returnTo, stepUpHref, autoStart, cleanUrl }: Props) {
  const text = localized({ nb: nbPasskeys, en: enPasskeys });
  const [state, formAction, saving] = useCountedAction(action);
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<{ message: string; attempt: number } | null>(null);
  const autoStarted = useRef(false);

  async function start() {
    setFailure(null);
    setCreating(true);
    try {
      const result = await createPasskeyInBrowser(returnTo);
      if (result.kind === "step-up") return window.location.assign(result.href);
      if (result.kind === "failed") {
        return setFailure((f) => ({ message: result.message, attempt: (f?.attempt ?? 0) + 1 }));
      }
      const formData = new FormData();
      formData.set("response", JSON.stringify(result.response));
      startTransition(() => formAction(formData));
    } finally {
      setCreating(false);
    }
  }

  useEffect(() => {
    if (!autoStart || stepUpHref || autoStarted.current) return;
    autoStarted.current = true;
    if (cleanUrl) window.history.replaceState(null, "", cleanUrl);
    void start();
    // Once, when the page shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (stepUpHref) {
    return (
      <Link href={stepUpHref} className="ds-button" data-variant="primary">
        {text.add}
      </Link>
    );
  }
  const busy = creating || saving;
  return (
    <div className="flex flex-col gap-3">
      <div>
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={start}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {text.add}
        </button>
      </div>
      {busy ? (
        <p className="ds-paragraph" role="status" data-size="sm">
          {saving ? text.oneStep.saving : text.enrol.creating}
        </p>
      ) : null}
      {failure ? (
        <Alert key={`b${failure.attempt}`} color="danger">
          {failure.message}
        </Alert>
      ) : state.formError && !busy ? (
        <Alert key={`s${state.attempt}`} color="danger">
          {state.formError}
        </Alert>
      ) : null}
    </div>
  );
}
