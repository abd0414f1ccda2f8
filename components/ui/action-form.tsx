"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields, usually ids; the server checks the caller's right to each. Undefined ones are left out. */
  fields: Record<string, string | undefined>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "tertiary";
  size?: "sm" | "md" | "lg";
  danger?: boolean;
  /** An accessible name when the visible label alone is ambiguous (one button per row). */
  ariaLabel?: string;
  /** Id of the element naming what the button acts on (a person, a request). */
  describedBy?: string;
};

/** A one-button form for a server action; its result shows next to the button, an error takes focus. */
export function ActionForm({
  action,
  fields,
  label,
  pendingLabel,
  variant,
  size,
  danger,
  ariaLabel,
  describedBy,
}: Props) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {Object.entries(fields).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      <div>
        <SubmitButton
          label={label}
          pendingLabel={pendingLabel}
          variant={variant}
          data-size={size}
          data-color={danger ? "danger" : undefined}
          aria-label={ariaLabel}
          aria-describedby={describedBy}
        />
      </div>
    </form>
  );
}
