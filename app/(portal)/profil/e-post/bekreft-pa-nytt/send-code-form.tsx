"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { sendReconfirmationCodeAction } from "./actions";

type Props = { label: string; pendingLabel: string };

/** `Send kode`: sends the code and shows this screen again with the code field. */
export function SendCodeForm({ label, pendingLabel }: Props) {
  const [state, action] = useActionState(sendReconfirmationCodeAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      <div>
        <SubmitButton label={label} pendingLabel={pendingLabel} />
      </div>
    </form>
  );
}
