"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { MessageField } from "@/components/ui/message-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { supportRejectRequestAction } from "./actions";

export type SupportRejectTexts = {
  reject: string;
  deciding: string;
  reasonLabel: string;
  /** The button's accessible name: whose request, in which group. */
  rejectLabel: string;
};

/** Support's `Avslå`, with an optional reason the requester sees, as a group admin's has. */
export function SupportRejectForm({
  requestId,
  eldre,
  reasonMax,
  texts,
}: {
  requestId: string;
  /** The list's "Eldre enn" filter, kept across the decision. */
  eldre?: string;
  reasonMax: number;
  texts: SupportRejectTexts;
}) {
  const [state, action] = useActionState(supportRejectRequestAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      {eldre ? <input type="hidden" name="eldre" value={eldre} /> : null}
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      <MessageField
        name="reason"
        label={texts.reasonLabel}
        maxLength={reasonMax}
        errors={state.fieldErrors?.reason}
        defaultValue={state.values?.reason}
      />
      <div>
        <SubmitButton
          label={texts.reject}
          pendingLabel={texts.deciding}
          variant="secondary"
          data-color="danger"
          aria-label={texts.rejectLabel}
        />
      </div>
    </form>
  );
}
