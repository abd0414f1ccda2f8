"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { operations as nbOperations } from "@/lib/i18n/nb/operations";
import { operations as enOperations } from "@/lib/i18n/en/operations";
import { localized } from "@/lib/i18n/locale";
import { correctUserNameAction } from "../actions";

/** `Rett navn`: support corrects a typo in a user's name. */
export function NameForm({ userId, name }: { userId: string; name: string }) {
  const m = localized({ nb: nbOperations, en: enOperations }).users;
  const [state, action] = useActionState(correctUserNameAction, initialActionState);
  const value = state.ok ? undefined : state.values?.name;
  return (
    <form action={action} className="flex flex-col gap-3" key={value ?? name}>
      <FormErrors state={state} fields={{ name: "user-name" }} />
      {state.ok ? <Alert color="success">{state.message}</Alert> : null}
      <input type="hidden" name="userId" value={userId} />
      <TextField
        id="user-name"
        name="name"
        label={m.nameLabel}
        errors={state.fieldErrors?.name}
        defaultValue={value ?? name}
        maxLength={200}
        autoComplete="off"
        required
      />
      <div>
        <SubmitButton label={m.nameSave} pendingLabel={m.nameSave} variant="secondary" />
      </div>
    </form>
  );
}
