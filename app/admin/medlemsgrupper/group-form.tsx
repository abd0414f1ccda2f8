"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField, TextField } from "@/components/ui/text-field";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { register as nbRegister } from "@/lib/i18n/nb/register";
import { register as enRegister } from "@/lib/i18n/en/register";
import { localized } from "@/lib/i18n/locale";

const POLICIES = ["automatic", "suggested", "request", "closed"] as const;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  organisations: Array<{ id: string; name: string; orgNumber: string }>;
  /** Editing: the group's current values. */
  group?: {
    id: string;
    name: string;
    description: string;
    organisationId: string | null;
    joinPolicy: string;
    slug: string;
  };
  /** A new group for this organisation (from its page). */
  organisationId?: string;
};

/** `Navn`, `Beskrivelse`, `Virksomhet`, `Opptak` and the slug of a member group. */
export function GroupForm({ action, organisations, group, organisationId }: Props) {
  const register = localized({ nb: nbRegister, en: enRegister });
  const m = register.groups;
  const [state, formAction] = useActionState(action, initialActionState);
  const values = state.ok ? {} : (state.values ?? {});
  const p = group ? "group-edit" : "group-new";
  const policy = values.joinPolicy ?? group?.joinPolicy ?? "";
  const policyError = state.fieldErrors?.joinPolicy;
  const orgError = state.fieldErrors?.organisationId;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {group ? <input type="hidden" name="groupId" value={group.id} /> : null}
      <FormErrors
        state={state}
        fields={{
          name: `${p}-name`,
          description: `${p}-description`,
          organisationId: `${p}-org`,
          joinPolicy: `${p}-policy-${POLICIES[0]}`,
          slug: `${p}-slug`,
        }}
      />
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      <TextField
        id={`${p}-name`}
        name="name"
        label={m.nameLabel}
        errors={state.fieldErrors?.name}
        defaultValue={values.name ?? group?.name ?? ""}
        maxLength={120}
        required
      />
      <TextAreaField
        id={`${p}-description`}
        name="description"
        label={m.descriptionLabel}
        description={m.descriptionHint}
        errors={state.fieldErrors?.description}
        defaultValue={values.description ?? group?.description ?? ""}
        maxLength={1000}
        rows={3}
      />
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${p}-org`}>
          {m.organisationLabel}
        </label>
        <select
          className="ds-input"
          id={`${p}-org`}
          name="organisationId"
          defaultValue={values.organisationId ?? group?.organisationId ?? organisationId ?? ""}
          aria-invalid={orgError ? true : undefined}
          aria-describedby={orgError ? `${p}-org-feil` : undefined}
          required
        >
          <option value="">{m.chooseOrganisation}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.orgNumber})
            </option>
          ))}
        </select>
        {orgError ? (
          <div className="ds-validation-message" data-field="validation" id={`${p}-org-feil`}>
            {orgError.join(" ")}
          </div>
        ) : null}
      </div>
      <fieldset
        className="ds-fieldset"
        aria-describedby={policyError ? `${p}-policy-feil` : undefined}
      >
        <legend className="ds-label">{m.policyLabel}</legend>
        {POLICIES.map((value) => (
          <ChoiceField
            key={value}
            type="radio"
            id={`${p}-policy-${value}`}
            name="joinPolicy"
            value={value}
            label={register.policies[value]}
            hint={register.policyHints[value]}
            defaultChecked={policy === value}
          />
        ))}
        {policyError ? (
          <div className="ds-validation-message" data-field="validation" id={`${p}-policy-feil`}>
            {policyError.join(" ")}
          </div>
        ) : null}
      </fieldset>
      <TextField
        id={`${p}-slug`}
        name="slug"
        label={m.slugLabel}
        description={group ? m.slugHint : `${m.slugHint} ${m.slugNewHint}`}
        errors={state.fieldErrors?.slug}
        defaultValue={values.slug ?? group?.slug ?? ""}
        maxLength={100}
        autoCapitalize="none"
        spellCheck={false}
      />
      <div>
        <SubmitButton
          label={group ? m.save : m.create}
          pendingLabel={group ? m.saving : m.creating}
        />
      </div>
    </form>
  );
}
