"use client";

import { useActionState, useState } from "react";
import { GroupChecklist } from "@/components/admin/group-checklist";
import { Alert } from "@/components/ui/alert";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField, TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { operations as nbOperations } from "@/lib/i18n/nb/operations";
import { operations as enOperations } from "@/lib/i18n/en/operations";
import { localized } from "@/lib/i18n/locale";
import { saveServiceAction } from "./actions";

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export type ServiceValues = {
  serviceId?: string;
  name: string;
  description: string;
  url: string;
  requiresPhishingResistant: boolean;
  offeredToAll: boolean;
  groupIds: string[];
  alwaysOpen: boolean;
  /** Each weekday's ranges as text, Monday first. */
  days: string[];
};

/** A service's texts, address, login level, the groups it is offered to and its hours. */
export function ServiceForm({
  values: initial,
  groups,
  saved,
}: {
  values: ServiceValues;
  groups: Array<{ id: string; name: string }>;
  saved?: string;
}) {
  const texts = localized({ nb: nbOperations, en: enOperations });
  const m = texts.services.form;
  const [state, action] = useActionState(saveServiceAction, initialActionState);
  // A failed submit gets what was typed back; otherwise the stored values.
  const typed = !state.ok && state.values ? state.values : null;
  const text = (name: string, fallback: string) => typed?.[name] ?? fallback;
  const checked = (name: string, fallback: boolean) => (typed ? typed[name] === "on" : fallback);
  const [weekly, setWeekly] = useState(!initial.alwaysOpen);
  const key = JSON.stringify(typed ?? {});
  return (
    <form action={action} className="flex flex-col gap-5" key={key}>
      <FormErrors
        state={state}
        fields={{
          name: "service-name",
          description: "service-description",
          url: "service-url",
          hours: "service-hours-always",
          ...Object.fromEntries(DAYS.map((d) => [`day-${d}`, `service-day-${d}`])),
        }}
      />
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      {!state.ok && !state.formError && saved ? <Alert color="success">{saved}</Alert> : null}
      {initial.serviceId ? (
        <input type="hidden" name="serviceId" value={initial.serviceId} />
      ) : null}
      <TextField
        id="service-name"
        name="name"
        label={m.name}
        errors={state.fieldErrors?.name}
        defaultValue={text("name", initial.name)}
        maxLength={120}
        required
      />
      <TextAreaField
        id="service-description"
        name="description"
        label={m.description}
        description={m.descriptionHint}
        errors={state.fieldErrors?.description}
        defaultValue={text("description", initial.description)}
        rows={3}
        maxLength={500}
      />
      <TextField
        id="service-url"
        name="url"
        type="url"
        label={m.url}
        description={m.urlHint}
        errors={state.fieldErrors?.url}
        defaultValue={text("url", initial.url)}
        inputMode="url"
      />
      <ChoiceField
        type="checkbox"
        id="service-phishing-resistant"
        name="requiresPhishingResistant"
        label={m.phishingResistant}
        hint={m.phishingResistantHint}
        defaultChecked={checked("requiresPhishingResistant", initial.requiresPhishingResistant)}
      />
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{m.groupsLegend}</legend>
        <ChoiceField
          type="checkbox"
          id="service-all-groups"
          name="offeredToAll"
          label={m.allGroups}
          defaultChecked={checked("offeredToAll", initial.offeredToAll)}
        />
        <GroupChecklist
          idPrefix="service-group"
          groups={groups}
          initiallyChecked={(id) => checked(`group-${id}`, initial.groupIds.includes(id))}
          texts={texts.groupFilter}
        />
      </fieldset>
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{m.hoursLegend}</legend>
        {(["always", "weekly"] as const).map((mode) => (
          <ChoiceField
            key={mode}
            type="radio"
            id={`service-hours-${mode}`}
            name="hours"
            value={mode}
            label={mode === "always" ? m.alwaysOpen : m.weekly}
            defaultChecked={(mode === "weekly") === weekly}
            onChange={() => setWeekly(mode === "weekly")}
          />
        ))}
        <div className="flex flex-col gap-3 pl-6" hidden={!weekly}>
          <p className="ds-paragraph" data-size="sm" id="service-hours-hint">
            {m.weeklyHint}
          </p>
          {DAYS.map((day) => (
            <TextField
              key={day}
              id={`service-day-${day}`}
              name={`day-${day}`}
              label={m.days[day - 1]!}
              errors={state.fieldErrors?.[`day-${day}`]}
              defaultValue={text(`day-${day}`, initial.days[day - 1] ?? "")}
              placeholder="08.00-16.00"
              autoComplete="off"
            />
          ))}
        </div>
      </fieldset>
      <div>
        <SubmitButton label={m.save} pendingLabel={m.saving} />
      </div>
    </form>
  );
}
