"use client";

import { Alert } from "@/components/ui/alert";
import { passkeys as nbPasskeys } from "@/lib/i18n/nb/passkeys";
import { passkeys as enPasskeys } from "@/lib/i18n/en/passkeys";
import { localized } from "@/lib/i18n/locale";
import { NameField } from "./name-field";
import { useCountedAction, type ServerAction } from "./use-counted-action";

type Props = { action: ServerAction; passkeyId: string; currentName: string };

/** Inline rename of one passkey. */
export function RenamePasskeyForm({ action, passkeyId, currentName }: Props) {
  const text = localized({ nb: nbPasskeys, en: enPasskeys });
  const [state, formAction, pending] = useCountedAction(action);
  const fieldId = `navn-${passkeyId}`;
  const nameError = state.fieldErrors?.name?.[0] ?? null;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="id" value={passkeyId} />
      {state.formError ? (
        <Alert key={state.attempt} color="danger">
          {state.formError}
        </Alert>
      ) : null}
      <NameField
        id={fieldId}
        name="name"
        label={text.rename.label}
        labelSuffix={text.rename.labelFor(currentName)}
        defaultValue={state.values?.name ?? currentName}
        error={nameError}
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
