"use client";

import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { registration as nbRegistration } from "@/lib/i18n/nb/registration";
import { registration as enRegistration } from "@/lib/i18n/en/registration";
import { localized } from "@/lib/i18n/locale";
import { isCompleteCode, normaliseCode } from "@/lib/registration/code-digits";
import { confirmEmailCodeAction } from "./actions";

type Props = { emailId: string; context: "registrer" | "profil" | "fornye" };

/**
 * The code field; it sends itself once a whole code is typed or pasted (the description says
 * so beforehand). A failed try also lists the common causes of a missing or failing code.
 */
export function CodeForm({ emailId, context }: Props) {
  const registration = localized({ nb: nbRegistration, en: enRegistration });
  const [state, action, pending] = useActionState(confirmEmailCodeAction, initialActionState);
  const formRef = useRef<HTMLFormElement>(null);
  const m = registration.confirm;

  function sendWhenWhole(event: React.ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    if (pending || !isCompleteCode(input.value)) return;
    input.value = normaliseCode(input.value);
    formRef.current?.requestSubmit();
  }

  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="emailId" value={emailId} />
      <input type="hidden" name="context" value={context} />
      {state.formError ? (
        <Alert color="danger">
          <p className="ds-paragraph">{state.formError}</p>
          <p className="ds-paragraph mt-2 font-semibold">{m.causesHeading}</p>
          <ul className="ds-list mt-1">
            {m.causes.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <TextField
        id="code"
        name="code"
        label={m.codeLabel}
        description={m.codeDescription}
        errors={state.fieldErrors?.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        className="ds-input max-w-[12rem] tracking-[0.3em]"
        defaultValue={state.values?.code ?? ""}
        key={state.formError ?? "code"}
        onChange={sendWhenWhole}
        readOnly={pending}
        required
      />
      <div>
        <SubmitButton label={m.submit} pendingLabel={m.submitting} />
      </div>
    </form>
  );
}
