"use client";

import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes } from "react";

type Props = {
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "tertiary";
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children">;

/** A submit button that shows progress while its form is being sent. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
  disabled,
  ...rest
}: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className="ds-button"
      data-variant={variant}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      {...rest}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
