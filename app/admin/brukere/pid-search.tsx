"use client";

import { useActionState } from "react";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/actions/state";
import { operations as nbOperations } from "@/lib/i18n/nb/operations";
import { operations as enOperations } from "@/lib/i18n/en/operations";
import { localized } from "@/lib/i18n/locale";
import { findUserByPidAction } from "./actions";

/** Search by national identity number: sent by POST, never echoed back into the field. */
export function PidSearch() {
  const m = localized({ nb: nbOperations, en: enOperations }).users;
  const [state, action] = useActionState(findUserByPidAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="pid-heading">
      <h2 id="pid-heading" className="ds-heading" data-size="xs">
        {m.pidHeading}
      </h2>
      <FormErrors state={state} fields={{ pid: "pid" }} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          id="pid"
          name="pid"
          label={m.pidLabel}
          description={m.pidHint}
          errors={state.fieldErrors?.pid}
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
        />
        <SubmitButton label={m.pidSearch} pendingLabel={m.pidSearch} variant="secondary" />
      </div>
    </form>
  );
}
