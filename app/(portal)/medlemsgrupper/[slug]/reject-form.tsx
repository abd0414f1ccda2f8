"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { MessageField } from "@/components/ui/message-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { groups as nbGroups } from "@/lib/i18n/nb/groups";
import { groups as enGroups } from "@/lib/i18n/en/groups";
import { localized } from "@/lib/i18n/locale";
import { rejectJoinRequestAction } from "../actions";

/** `Avslå` with an optional reason that the requester sees. */
export function RejectForm({
  requestId,
  slug,
  side,
  describedBy,
}: {
  requestId: string;
  slug: string;
  /** The request tab's page, to come back to it. */
  side: number;
  /** The request's heading, so each `Avslå` says whose request it is. */
  describedBy?: string;
}) {
  const groups = localized({ nb: nbGroups, en: enGroups });
  const [state, action] = useActionState(rejectJoinRequestAction, initialActionState);
  const m = groups.admin;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="side" value={side} />
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
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
