"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { t } from "@/lib/i18n";
import { confirmEmailCodeAction } from "./actions";

type Props = { emailId: string; context: "registrer" | "profil" };

/** The six-digit code field; a failed try names the seed's three common causes. */
export function CodeForm({ emailId, context }: Props) {
  const [state, action] = useActionState(confirmEmailCodeAction, initialActionState);
  const m = t.registration.confirm;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="emailId" value={emailId} />
      <input type="hidden" name="context" value={context} />
      {state.formError ? (
        <FormAlert color="danger">
          <p className="ds-paragraph">{state.formError}</p>
          <p className="ds-paragraph mt-2 font-semibold">{m.causesHeading}</p>
          <ul className="ds-list mt-1">
            {m.causes.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ul>
        </FormAlert>
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
        required
      />
      <div>
        <SubmitButton label={m.submit} pendingLabel={m.submitting} />
      </div>
    </form>
  );
}
