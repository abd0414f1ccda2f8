"use client";

import { useId, useState } from "react";
import { t } from "@/lib/i18n";

type Props = {
  name: string;
  label: string;
  description?: string;
  maxLength: number;
  errors?: string[];
  defaultValue?: string;
};

/** An optional text with a live character counter; the limit is checked on the server too. */
export function MessageField({ name, label, description, maxLength, errors, defaultValue }: Props) {
  const id = useId();
  const [value, setValue] = useState(defaultValue ?? "");
  const left = maxLength - value.length;
  const m = t.groups.requestForm;
  const descriptionId = description ? `${id}-beskrivelse` : null;
  const counterId = `${id}-teller`;
  const errorId = errors?.length ? `${id}-feil` : null;
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <div data-field="description" id={descriptionId!}>
          {description}
        </div>
      ) : null}
      <textarea
        id={id}
        name={name}
        className="ds-input"
        rows={4}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-describedby={[descriptionId, counterId, errorId].filter(Boolean).join(" ")}
        aria-invalid={errorId || left < 0 ? true : undefined}
      />
      <p
        id={counterId}
        className={
          left < 0 ? "ds-validation-message" : "ds-paragraph text-(--ds-color-neutral-text-subtle)"
        }
        data-size="sm"
      >
        {left < 0 ? m.counterOver(-left) : m.counterUnder(left)}
      </p>
      {errorId ? (
        <p className="ds-validation-message" data-field="validation" id={errorId}>
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
