"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { t } from "@/lib/i18n";
import { rejectJoinRequestAction } from "../actions";
import { MessageField } from "../message-field";

/** `Avslå` with an optional reason that the requester sees. */
export function RejectForm({
  requestId,
  slug,
  describedBy,
}: {
  requestId: string;
  slug: string;
  /** The request's heading, so each `Avslå` says whose request it is. */
  describedBy?: string;
}) {
  const [state, action] = useActionState(rejectJoinRequestAction, initialActionState);
  const m = t.groups.admin;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="slug" value={slug} />
      {state.formError ? <FormAlert color="danger">{state.formError}</FormAlert> : null}
      <MessageField
        name="reason"
        label={m.reasonLabel}
        maxLength={1000}
        errors={state.fieldErrors?.reason}
        defaultValue={state.values?.reason}
      />
      <div>
        <SubmitButton
          label={m.reject}
          pendingLabel={m.rejecting}
          variant="secondary"
          aria-describedby={describedBy}
        />
      </div>
    </form>
  );
}
