"use client";

import { useActionState } from "react";
import { FormErrors } from "@/components/ui/form-errors";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { profile as nbProfile } from "@/lib/i18n/nb/profile";
import { profile as enProfile } from "@/lib/i18n/en/profile";
import { registration as nbRegistration } from "@/lib/i18n/nb/registration";
import { registration as enRegistration } from "@/lib/i18n/en/registration";
import { localized } from "@/lib/i18n/locale";
import { updateNameAction } from "./actions";

export function NameForm({ name }: { name: string }) {
  const registration = localized({ nb: nbRegistration, en: enRegistration });
  const profile = localized({ nb: nbProfile, en: enProfile });
  const [state, action] = useActionState(updateNameAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormErrors state={state} fields={{ name: "name" }} />
      {state.ok ? <Alert color="success">{state.message}</Alert> : null}
      <TextField
        id="name"
        name="name"
        label={registration.name.label}
        description={registration.name.description}
        errors={state.fieldErrors?.name}
        autoComplete="name"
        defaultValue={state.values?.name ?? name}
      />
      <div>
        <SubmitButton
          label={profile.name.save}
          pendingLabel={profile.name.saving}
          variant="secondary"
        />
      </div>
    </form>
  );
}
