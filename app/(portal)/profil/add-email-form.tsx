"use client";

import { useActionState } from "react";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { profile as nbProfile } from "@/lib/i18n/nb/profile";
import { profile as enProfile } from "@/lib/i18n/en/profile";
import { localized } from "@/lib/i18n/locale";
import { addEmailAction } from "./actions";

export function AddEmailForm() {
  const profile = localized({ nb: nbProfile, en: enProfile });
  const [state, action] = useActionState(addEmailAction, initialActionState);
  const m = profile.emails;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormErrors state={state} fields={{ email: "new-email" }} />
      <TextField
        id="new-email"
        name="email"
        type="email"
        label={m.addLabel}
        description={m.stepUpNote}
        errors={state.fieldErrors?.email}
        autoComplete="email"
        defaultValue={state.values?.email ?? ""}
      />
      <div>
        <SubmitButton label={m.add} pendingLabel={m.adding} />
      </div>
    </form>
  );
}
