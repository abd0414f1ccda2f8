"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField, TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { admin } from "@/lib/i18n/nb/admin";
import { publishNoticeAction } from "../actions";

const m = admin.notices;

/** Title and body of a new operational notice; shown to everyone as plain text. */
export function NoticeForm() {
  const [state, action] = useActionState(publishNoticeAction, initialActionState);
  // React resets the form after each submit; a failed one gets what was typed back.
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormErrors state={state} fields={{ title: "notice-title", body: "notice-body" }} />
      {state.ok ? <Alert color="success">{state.message}</Alert> : null}
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
        rows={5}
        maxLength={2000}
        required
      />
      <div>
        <SubmitButton label={m.publish} pendingLabel={m.publishing} />
      </div>
    </form>
  );
}
