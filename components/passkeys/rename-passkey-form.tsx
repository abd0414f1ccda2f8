"use client";

import { passkeys as text } from "@/lib/i18n/nb/passkeys";
import { PASSKEY_NAME_MAX } from "@/lib/passkeys/names";
import { FocusAlert } from "./focus-alert";
import { NameField } from "./name-field";
import { useCountedAction, type ServerAction } from "./use-counted-action";

type Props = { action: ServerAction; passkeyId: string; currentName: string };

/** Inline rename of one passkey. */
export function RenamePasskeyForm({ action, passkeyId, currentName }: Props) {
  const [state, formAction, pending] = useCountedAction(action);
  const fieldId = `navn-${passkeyId}`;
  const nameError = state.fieldErrors?.name?.[0] ?? null;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="id" value={passkeyId} />
      {state.formError ? (
        <FocusAlert key={state.attempt} color="danger">
          {state.formError}
        </FocusAlert>
      ) : null}
      <NameField
        id={fieldId}
        name="name"
        label={text.rename.label}
        labelSuffix={text.rename.labelFor(currentName)}
        defaultValue={state.values?.name ?? currentName}
        error={nameError}
        maxLength={PASSKEY_NAME_MAX}
      />
      <div>
        <button
          type="submit"
          className="ds-button"
          data-variant="secondary"
          disabled={pending}
          aria-busy={pending || undefined}
        >
          {pending ? text.rename.submitting : text.rename.submit}
        </button>
      </div>
      {state.ok && state.message ? (
        <p className="ds-paragraph" role="status">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
