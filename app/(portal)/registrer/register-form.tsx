"use client";

import { useActionState, useState } from "react";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { registration as nbRegistration } from "@/lib/i18n/nb/registration";
import { registration as enRegistration } from "@/lib/i18n/en/registration";
import { localized } from "@/lib/i18n/locale";
import { emailDomain, isPrivateEmailDomain } from "@/lib/emails/address";
import { startRegistrationAction } from "./actions";

export function RegisterForm({ name, email }: { name: string; email: string }) {
  const registration = localized({ nb: nbRegistration, en: enRegistration });
  const [state, action] = useActionState(startRegistrationAction, initialActionState);
  const [address, setAddress] = useState(state.values?.email ?? email);
  const m = registration;
  const domain = address.includes("@") ? emailDomain(address.trim()) : "";
  const looksPrivate = domain !== "" && isPrivateEmailDomain(domain);

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <FormErrors state={state} fields={{ name: "name", email: "email" }} />
      <TextField
        id="name"
        name="name"
        label={m.name.label}
        description={m.name.description}
        errors={state.fieldErrors?.name}
        autoComplete="name"
        defaultValue={state.values?.name ?? name}
        required
      />
      <div className="flex flex-col gap-3">
        <TextField
          id="email"
          name="email"
          type="email"
          label={m.email.label}
          description={m.email.description}
          errors={state.fieldErrors?.email}
          autoComplete="email"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          required
        />
        {looksPrivate ? (
          <div className="ds-alert" data-color="warning" role="status">
            {m.email.privateWarning(domain)}
          </div>
        ) : null}
      </div>
      <div>
        <SubmitButton label={m.submit} pendingLabel={m.sending} />
      </div>
    </form>
  );
}
