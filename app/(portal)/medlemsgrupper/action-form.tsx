"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/state";
import { initialActionState } from "@/lib/actions/state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Ids the server needs; it checks the caller's right to each one. */
  fields: Record<string, string | undefined>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "tertiary";
  /** Id of the element naming what the button acts on (a person, a request). */
  describedBy?: string;
};

/** A one-button form for a server action; its error shows next to it and takes focus. */
export function ActionForm({ action, fields, label, pendingLabel, variant, describedBy }: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      {state.formError ? <FormAlert color="danger">{state.formError}</FormAlert> : null}
      <div>
        <SubmitButton
          label={label}
          pendingLabel={pendingLabel}
          variant={variant}
          data-size="sm"
          aria-describedby={describedBy}
        />
      </div>
    </form>
  );
}
