"use client";

import { useId, useState } from "react";
import { TextAreaField } from "@/components/ui/text-field";
import { groups as nbGroups } from "@/lib/i18n/nb/groups";
import { groups as enGroups } from "@/lib/i18n/en/groups";
import { localized } from "@/lib/i18n/locale";

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
  const groups = localized({ nb: nbGroups, en: enGroups });
  const id = useId();
  const [value, setValue] = useState(defaultValue ?? "");
  const left = maxLength - value.length;
  const m = groups.requestForm;
  const counterId = `${id}-teller`;
  const counter = (
    <p
      id={counterId}
      className={
        left < 0 ? "ds-validation-message" : "ds-paragraph text-(--ds-color-neutral-text-subtle)"
      }
      data-size="sm"
    >
      {left < 0 ? m.counterOver(-left) : m.counterUnder(left)}
    </p>
  );
  return (
    <TextAreaField
      id={id}
      name={name}
      label={label}
      description={description}
      errors={errors}
      rows={4}
      value={value}
      // One paragraph: the server refuses line breaks and tabs, so Enter adds a space instead.
      onChange={(event) => setValue(event.target.value.replace(/[\r\n\t]+/g, " "))}
      aria-invalid={errors?.length || left < 0 ? true : undefined}
      note={{ id: counterId, content: counter }}
    />
  );
}
