"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { t } from "@/lib/i18n";
import { publishNoticeAction } from "../actions";

const m = t.admin.notices;

/** Title and body of a new operational notice; shown to everyone as plain text. */
export function NoticeForm() {
  const [state, action] = useActionState(publishNoticeAction, initialActionState);
  const bodyErrors = state.fieldErrors?.body;
  // React resets the form after each submit; a failed one gets what was typed back.
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormErrors state={state} fields={{ title: "notice-title", body: "notice-body" }} />
      {state.ok ? <FormAlert color="success">{state.message}</FormAlert> : null}
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
      <div className="ds-field">
        <label className="ds-label" htmlFor="notice-body">
          {m.bodyLabel}
        </label>
        <div data-field="description" id="notice-body-hint">
          {m.bodyHint}
        </div>
        <textarea
          className="ds-input"
          id="notice-body"
          name="body"
          rows={5}
          maxLength={2000}
          required
          defaultValue={values.body ?? ""}
          aria-describedby={
            bodyErrors?.length ? "notice-body-hint notice-body-feil" : "notice-body-hint"
          }
          aria-invalid={bodyErrors?.length ? true : undefined}
        />
        {bodyErrors?.length ? (
          <div className="ds-validation-message" data-field="validation" id="notice-body-feil">
            {bodyErrors.join(" ")}
          </div>
        ) : null}
      </div>
      <div>
        <SubmitButton label={m.publish} pendingLabel={m.publishing} />
      </div>
    </form>
  );
}
