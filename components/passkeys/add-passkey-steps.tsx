"use client";

import {
  browserSupportsWebAuthn,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
} from "@simplewebauthn/browser";
import Link from "next/link";
import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { passkeys as text } from "@/lib/i18n/nb/passkeys";
import { passkeyNameSchema, PASSKEY_NAME_MAX } from "@/lib/passkeys/names";
import { browserFailure, postJson } from "./browser-errors";
import { FocusAlert } from "./focus-alert";
import { NameField } from "./name-field";
import { useCountedAction, type ServerAction } from "./use-counted-action";

type Props = {
  /** The server action that verifies and saves the passkey (redirects to the list on success). */
  action: ServerAction;
  listHref: string;
};

const enrol = text.enrol;

const noSubscription = () => () => {};

/** `Legg til passnøkkel` in three short steps: name it, create it, see it in the list. */
export function AddPasskeySteps({ action, listHref }: Props) {
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
    const parsed = passkeyNameSchema.safeParse(name);
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message ?? text.name.required);
      return;
    }
    setName(parsed.data);
    setNameError(null);
    setStep(2);
  }

  useEffect(() => {
    if (step === 2) headingRef.current?.focus();
  }, [step]);

  async function create() {
    setBrowserError(null);
    if (!browserSupportsWebAuthn()) return showError(text.errors.unsupported);
    setCreating(true);
    try {
      const options = await postJson("/api/passkeys/registration/options", {});
      if (!options.ok) {
        if (typeof options.data.stepUp === "string") {
          window.location.assign(options.data.stepUp);
          return;
        }
        const message = options.data.message;
        return showError(typeof message === "string" ? message : text.errors.unexpected);
      }
      const optionsJSON = options.data as unknown as PublicKeyCredentialCreationOptionsJSON;
      let response;
      try {
        response = await startRegistration({ optionsJSON });
      } catch (error) {
        const failure = browserFailure(error);
        if (failure === "already-registered") return showError(text.errors.alreadyOnDevice);
        if (failure === "unsupported") return showError(text.errors.unsupported);
        return showError(text.errors.cancelled);
      }
      const formData = new FormData();
      formData.set("name", name);
      formData.set("response", JSON.stringify(response));
      startTransition(() => formAction(formData));
    } catch {
      showError(text.errors.network);
    } finally {
      setCreating(false);
    }
  }

  if (step === 1) {
    return (
      <form noValidate onSubmit={goToStep2} className="flex max-w-xl flex-col gap-6">
        {!supported ? <FocusAlert color="warning">{text.errors.unsupported}</FocusAlert> : null}
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
          maxLength={PASSKEY_NAME_MAX}
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
        <FocusAlert key={`b${browserError.attempt}`} color="danger">
          {browserError.message}
        </FocusAlert>
      ) : serverError && !busy ? (
        <FocusAlert key={`s${state.attempt}`} color="danger">
          {serverError}
        </FocusAlert>
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
