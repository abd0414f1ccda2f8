import type { InputHTMLAttributes, ReactNode } from "react";

type ChoiceProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "className"> & {
  type: "checkbox" | "radio";
  id: string;
  label: ReactNode;
  /** Shown under the label and read with the control (aria-describedby `${id}-hint`). */
  hint?: ReactNode;
};

/** A checkbox or radio button with its label, and a hint under it when there is one. */
export function ChoiceField({ id, label, hint, ...input }: ChoiceProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="ds-field">
      <input className="ds-input" id={id} aria-describedby={hintId} {...input} />
      <label htmlFor={id} className="ds-label" data-weight="regular">
        {label}
      </label>
      {hint ? (
        <div data-field="description" id={hintId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
