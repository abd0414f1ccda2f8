"use client";

import { useActionState, useState } from "react";
import { GroupChecklist } from "@/components/admin/group-checklist";
import { Alert } from "@/components/ui/alert";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField, TextField } from "@/components/ui/text-field";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import type { NoticeFormTexts } from "./notice-form-texts";

const SEVERITIES = ["info", "warning", "critical"] as const;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields (the group's id and slug on a group page). */
  fields?: Record<string, string>;
  /** Support chooses `Alle` or groups; a group admin's notice is for their group only. */
  groups?: Array<{ id: string; name: string }>;
  /** From noticeFormTexts() on the server. */
  texts: NoticeFormTexts;
};

/** A notice: title, text, severity, when it shows and (for support) who sees it. */
export function NoticeForm({ action: serverAction, fields = {}, groups, texts }: Props) {
  const m = texts;
  const [state, action] = useActionState(serverAction, initialActionState);
  // React resets the form after each submit; a failed one gets what was typed back.
  const values = state.ok ? {} : (state.values ?? {});
  const [chosen, setChosen] = useState(values.audience === "groups");
  return (
    <form action={action} className="flex flex-col gap-4" key={JSON.stringify(values)}>
      <FormErrors
        state={state}
        fields={{
          title: "notice-title",
          body: "notice-body",
          visibleFrom: "notice-from",
          visibleUntil: "notice-until",
        }}
      />
      {state.ok ? <Alert color="success">{state.message}</Alert> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        id="notice-title"
        name="title"
        label={m.titleLabel}
        description={m.titleHint}
        errors={state.fieldErrors?.title}
        defaultValue={values.title ?? ""}
        maxLength={120}
        required
      />
      <TextAreaField
        id="notice-body"
        name="body"
        label={m.bodyLabel}
        description={m.bodyHint}
        errors={state.fieldErrors?.body}
        defaultValue={values.body ?? ""}
        rows={4}
        maxLength={2000}
        required
      />
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{m.severityLabel}</legend>
        {SEVERITIES.map((severity) => (
          <ChoiceField
            key={severity}
            type="radio"
            id={`notice-severity-${severity}`}
            name="severity"
            value={severity}
            label={m.severities[severity]}
            defaultChecked={(values.severity ?? "info") === severity}
          />
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="notice-from"
          name="visibleFrom"
          type="datetime-local"
          label={m.fromLabel}
          description={m.fromHint}
          errors={state.fieldErrors?.visibleFrom}
          defaultValue={values.visibleFrom ?? ""}
        />
        <TextField
          id="notice-until"
          name="visibleUntil"
          type="datetime-local"
          label={m.untilLabel}
          description={m.untilHint}
          errors={state.fieldErrors?.visibleUntil}
          defaultValue={values.visibleUntil ?? ""}
        />
      </div>
      {groups ? (
        <fieldset className="ds-fieldset">
          <legend className="ds-label">{m.audienceLegend}</legend>
          {(["all", "groups"] as const).map((audience) => (
            <ChoiceField
              key={audience}
              type="radio"
              id={`notice-audience-${audience}`}
              name="audience"
              value={audience}
              label={audience === "all" ? m.audienceAll : m.audienceGroups}
              defaultChecked={(audience === "groups") === chosen}
              onChange={() => setChosen(audience === "groups")}
            />
          ))}
          <div className="flex flex-col gap-2 pl-6" hidden={!chosen}>
            <GroupChecklist
              idPrefix="notice-group"
              groups={groups}
              initiallyChecked={(id) => values[`group-${id}`] === "on"}
              texts={m.groupFilter}
            />
          </div>
        </fieldset>
      ) : null}
      <div>
        <SubmitButton label={m.publish} pendingLabel={m.publishing} />
      </div>
    </form>
  );
}
