"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { MessageField } from "@/components/ui/message-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields, usually ids; the server checks the caller's right to each. Undefined ones are left out. */
  fields: Record<string, string | undefined>;
  /** The longest reason the server takes. */
  reasonMax: number;
  /** Read on the server in the request's language. */
  texts: { reasonLabel: string; reject: string; rejecting: string };
  danger?: boolean;
  /** An accessible name when the visible label alone is ambiguous (one button per request). */
  ariaLabel?: string;
  /** Id of the element naming whose request the button rejects. */
  describedBy?: string;
};

/** `Avslå` with an optional reason that the requester sees: a group admin's and support's. */
export function RejectWithReasonForm({
  action: serverAction,
  fields,
  reasonMax,
  texts,
  danger,
  ariaLabel,
  describedBy,
}: Props) {
  const [state, action] = useActionState(serverAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      {Object.entries(fields).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
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
          pendingLabel={texts.rejecting}
          variant="secondary"
          data-color={danger ? "danger" : undefined}
          aria-label={ariaLabel}
          aria-describedby={describedBy}
        />
      </div>
    </form>
  );
}
