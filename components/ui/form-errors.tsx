"use client";

import { useEffect, useRef } from "react";
import { common as nbCommon } from "@/lib/i18n/nb/common";
import { common as enCommon } from "@/lib/i18n/en/common";
import { localized } from "@/lib/i18n/locale";
import type { ActionState } from "@/lib/actions/state";

type Props = {
  state: ActionState;
  /** Form field name → the id of its input, for the summary's links. */
  fields: Record<string, string>;
};

/**
 * After a failed submit: an error summary linking to each field in error (focus moves
 * here), or the form's own message when no single field is to blame.
 */
export function FormErrors({ state, fields }: Props) {
  const common = localized({ nb: nbCommon, en: enCommon });
  const ref = useRef<HTMLDivElement>(null);
  const items = Object.entries(state.fieldErrors ?? {})
    .filter(([name, messages]) => fields[name] && messages?.length)
    .map(([name, messages]) => ({ id: fields[name]!, message: messages!.join(" ") }));

  useEffect(() => {
    if (state.formError || items.length) ref.current?.focus();
  }, [state, items.length]);

  if (items.length > 0) {
    return (
      <div
        ref={ref}
        tabIndex={-1}
        className="ds-error-summary"
        aria-labelledby="form-errors-heading"
      >
        <h2 id="form-errors-heading" className="ds-heading" data-size="xs">
          {common.errors.errorSummaryHeading}
        </h2>
        <ul className="ds-list">
          {items.map((item) => (
            <li key={item.id}>
              <a className="ds-link" href={`#${item.id}`}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (!state.formError) return null;
  return (
    <div ref={ref} tabIndex={-1} className="ds-alert" data-color="danger" role="alert">
      {state.formError}
    </div>
  );
}
