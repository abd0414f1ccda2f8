import type { InputHTMLAttributes } from "react";

type Props = {
  id: string;
  label: string;
  description?: string;
  errors?: string[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

/** A labelled input with its description and error tied to it (aria-describedby). */
export function TextField({ id, label, description, errors, ...input }: Props) {
  const descriptionId = description ? `${id}-beskrivelse` : undefined;
  const errorId = errors?.length ? `${id}-feil` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <div data-field="description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      <input
        className="ds-input"
        id={id}
        aria-describedby={describedBy}
        aria-invalid={errorId ? true : undefined}
        {...input}
      />
      {errorId ? (
        <div className="ds-validation-message" data-field="validation" id={errorId}>
          {errors!.join(" ")}
        </div>
      ) : null}
    </div>
  );
}
