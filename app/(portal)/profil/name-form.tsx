"use client";

import { useActionState } from "react";
import { FormErrors } from "@/components/ui/form-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { t } from "@/lib/i18n";
import { updateNameAction } from "./actions";

export function NameForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateNameAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormErrors state={state} fields={{ name: "name" }} />
      {state.ok ? <FormAlert color="success">{state.message}</FormAlert> : null}
      <TextField
        id="name"
        name="name"
        label={t.registration.name.label}
        description={t.registration.name.description}
        errors={state.fieldErrors?.name}
        autoComplete="name"
        defaultValue={state.values?.name ?? name}
      />
      <div>
        <SubmitButton
          label={t.profile.name.save}
          pendingLabel={t.profile.name.saving}
          variant="secondary"
        />
      </div>
    </form>
  );
}
