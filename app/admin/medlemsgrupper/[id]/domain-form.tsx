"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { register as nbRegister } from "@/lib/i18n/nb/register";
import { register as enRegister } from "@/lib/i18n/en/register";
import { localized } from "@/lib/i18n/locale";
import { addDomainAction } from "../actions";

/**
 * `Legg til domene`: the first press counts the people the domain concerns, the second
 * (`Lagre domene`) saves. Changing the domain goes back to the first step.
 */
export function DomainForm({ groupId, automatic }: { groupId: string; automatic: boolean }) {
  const m = localized({ nb: nbRegister, en: enRegister }).domains;
  const [state, action] = useActionState(addDomainAction, initialActionState);
  // The state whose preview the user has since changed the form after (back to step one).
  const [changedAfter, setChangedAfter] = useState<ActionState | null>(null);
  const values = state.ok ? {} : (state.values ?? {});
  const preview = values.preview !== undefined && changedAfter !== state ? values : null;
  const count = preview ? Number(preview.preview) : 0;
  return (
    <form
      action={action}
      className="flex flex-col gap-4"
      noValidate
      onChange={() => setChangedAfter(state)}
    >
      <input type="hidden" name="groupId" value={groupId} />
      {preview ? <input type="hidden" name="confirm" value="1" /> : null}
      <FormErrors state={state} fields={{ domain: "domain-new" }} />
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      <TextField
        id="domain-new"
        name="domain"
        label={m.domainLabel}
        description={m.domainHint}
        errors={state.fieldErrors?.domain}
        defaultValue={values.domain ?? ""}
        key={`domain-${state.ok ? "saved" : "open"}`}
        maxLength={253}
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <ChoiceField
        key={`sub-${state.ok ? "saved" : "open"}`}
        type="checkbox"
        id="domain-subdomains"
        name="includeSubdomains"
        label={m.subdomainsLabel}
        hint={m.subdomainsHint}
        defaultChecked={values.includeSubdomains === "on"}
      />
      {preview ? (
        <div className="ds-alert" data-color="info" role="status">
          <p className="ds-paragraph">
            {m.previewCount(count)}
            {m.previewCountSuffix}
          </p>
          <p className="ds-paragraph">{automatic ? m.previewAutomatic : m.previewOther}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {preview ? (
          <SubmitButton label={m.confirm} pendingLabel={m.confirming} />
        ) : (
          <SubmitButton label={m.preview} pendingLabel={m.previewing} />
        )}
      </div>
    </form>
  );
}
