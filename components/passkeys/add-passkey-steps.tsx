"use client";

import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import Link from "next/link";
import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";
import { passkeys as nbPasskeys } from "@/lib/i18n/nb/passkeys";
import { passkeys as enPasskeys } from "@/lib/i18n/en/passkeys";
import { localized } from "@/lib/i18n/locale";
import { checkPasskeyName } from "@/lib/passkeys/name-rule";
import { createPasskeyInBrowser } from "./create-passkey";
import { NameField } from "./name-field";
import { useCountedAction, type ServerAction } from "./use-counted-action";

type Props = {
  /** The server action that verifies and saves the passkey (redirects to the list on success). */
  action: ServerAction;
  listHref: string;
  /** This page, to come back to after a step-up. */
  returnTo: string;
};

const noSubscription = () => () => {};

/** Naming a passkey first, in three short steps: name it, create it, see it in the list. */
export function AddPasskeySteps({ action, listHref, returnTo }: Props) {
  const text = localized({ nb: nbPasskeys, en: enPasskeys });
  const enrol = text.enrol;
  const [step, setStep] = useState<1 | 2>(1);
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [browserError, setBrowserError] = useState<{ message: string; attempt: number } | null>(
    null,
  );
  const [creating, setCreating] = useState(false);
  const [state, formAction, saving] = useCountedAction(action);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const supported = useSyncExternalStore(noSubscription, browserSupportsWebAuthn, () => true);

  function showError(message: string) {
    setBrowserError((e) => ({ message, attempt: (e?.attempt ?? 0) + 1 }));
  }

  function goToStep2(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkPasskeyName(name);
    if (!checked.ok) {
      setNameError(checked.error);
      return;
    }
    setName(checked.name);
    setNameError(null);
    setStep(2);
  }

  useEffect(() => {
    if (step === 2) headingRef.current?.focus();
  }, [step]);

  async function create() {
    setBrowserError(null);
    setCreating(true);
    try {
      const result = await createPasskeyInBrowser(returnTo);
      if (result.kind === "step-up") return window.location.assign(result.href);
      if (result.kind === "failed") return showError(result.message);
      const formData = new FormData();
      formData.set("name", name);
      formData.set("response", JSON.stringify(result.response));
      startTransition(() => formAction(formData));
    } finally {
      setCreating(false);
    }
  }

  if (step === 1) {
    return (
      <form noValidate onSubmit={goToStep2} className="flex max-w-xl flex-col gap-6">
        {!supported ? <Alert color="warning">{text.errors.unsupported}</Alert> : null}
        {nameError ? (
          <ErrorSummary key={nameError} href="#passkey-name" message={nameError} />
        ) : null}
        <p className="ds-paragraph" data-size="sm">
          {enrol.stepOf(1, 3)}
        </p>
        <h2 className="ds-heading -mt-4" data-size="sm">
          {enrol.step1}
        </h2>
        <NameField
          id="passkey-name"
          label={text.name.label}
          description={text.name.description}
          error={nameError}
          value={name}
          onChange={(value) => setName(value)}
        />
        <div className="flex flex-wrap gap-4">
          <button type="submit" className="ds-button" data-variant="primary">
            {enrol.next}
          </button>
          <Link href={listHref} className="ds-button" data-variant="tertiary">
            {text.remove.cancel}
          </Link>
        </div>
      </form>
    );
  }

  const busy = creating || saving;
  const serverError = state.formError;
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <p className="ds-paragraph" data-size="sm">
        {enrol.stepOf(2, 3)}
      </p>
      <h2 ref={headingRef} tabIndex={-1} className="ds-heading -mt-4 outline-none" data-size="sm">
        {enrol.step2}
      </h2>
      <p className="ds-paragraph">
        {enrol.chosenName} <strong>{name}</strong>{" "}
        <button
          type="button"
          className="ds-link cursor-pointer"
          onClick={() => setStep(1)}
          disabled={busy}
        >
          {enrol.changeName}
        </button>
      </p>
      <p className="ds-paragraph">{enrol.step2Body}</p>
      {browserError ? (
        <Alert key={`b${browserError.attempt}`} color="danger">
          {browserError.message}
        </Alert>
      ) : serverError && !busy ? (
        <Alert key={`s${state.attempt}`} color="danger">
          {serverError}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-4">
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={create}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {enrol.create}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          onClick={() => setStep(1)}
          disabled={busy}
        >
          {enrol.back}
        </button>
      </div>
      {busy ? (
        <p className="ds-paragraph" role="status" data-size="sm">
          {enrol.creating}
        </p>
      ) : (
        <p className="ds-paragraph" data-size="sm">
          {enrol.step3Hint}
        </p>
      )}
    </div>
  );
}

function ErrorSummary({ href, message }: { href: string; message: string }) {
  const text = localized({ nb: nbPasskeys, en: enPasskeys });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ds-error-summary" aria-labelledby="passkey-errors">
      <h2 id="passkey-errors" className="ds-heading" data-size="xs">
        {text.errorSummaryHeading}
      </h2>
      <ul className="ds-list">
        <li>
          <a className="ds-link" href={href}>
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
