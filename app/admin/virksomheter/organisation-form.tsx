"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { register as nbRegister } from "@/lib/i18n/nb/register";
import { register as enRegister } from "@/lib/i18n/en/register";
import { localized } from "@/lib/i18n/locale";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Editing: the organisation's id and its current values. */
  organisation?: { id: string; name: string; orgNumber: string };
};

/** `Navn` and `Organisasjonsnummer` of a virksomhet, new or edited. */
export function OrganisationForm({ action, organisation }: Props) {
  const m = localized({ nb: nbRegister, en: enRegister }).organisations;
  const [state, formAction] = useActionState(action, initialActionState);
  const values = state.ok ? {} : (state.values ?? {});
  const prefix = organisation ? "org-edit" : "org-new";
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {organisation ? <input type="hidden" name="organisationId" value={organisation.id} /> : null}
      <FormErrors
        state={state}
        fields={{ name: `${prefix}-name`, orgNumber: `${prefix}-number` }}
      />
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      <TextField
        id={`${prefix}-name`}
        name="name"
        label={m.nameLabel}
        errors={state.fieldErrors?.name}
        defaultValue={values.name ?? organisation?.name ?? ""}
        maxLength={200}
        autoComplete="organization"
        required
      />
      <TextField
        id={`${prefix}-number`}
        name="orgNumber"
        label={m.orgNumberLabel}
        description={m.orgNumberHint}
        errors={state.fieldErrors?.orgNumber}
        defaultValue={values.orgNumber ?? organisation?.orgNumber ?? ""}
        inputMode="numeric"
        maxLength={11}
        required
      />
      <div>
        <SubmitButton
          label={organisation ? m.save : m.create}
          pendingLabel={organisation ? m.saving : m.creating}
        />
      </div>
    </form>
  );
}
