"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** An accessible name when the visible label alone is ambiguous (one button per row). */
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "tertiary";
  danger?: boolean;
};

/** A one-button admin form with hidden fields; shows the result next to the button. */
export function ActionForm({
  action,
  fields,
  label,
  pendingLabel,
  ariaLabel,
  variant,
  danger,
}: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.formError ? <FormAlert color="danger">{state.formError}</FormAlert> : null}
      {state.ok && state.message ? <FormAlert color="success">{state.message}</FormAlert> : null}
      <div>
        <SubmitButton
          label={label}
          pendingLabel={pendingLabel}
          variant={variant}
          aria-label={ariaLabel}
          data-color={danger ? "danger" : undefined}
        />
      </div>
    </form>
  );
}
