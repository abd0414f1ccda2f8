"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { MessageField } from "@/components/ui/message-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { groups as nbGroups } from "@/lib/i18n/nb/groups";
import { groups as enGroups } from "@/lib/i18n/en/groups";
import { localized } from "@/lib/i18n/locale";
import { sendJoinRequestAction } from "./actions";

type Props = {
  groupId: string;
  /** Back to the group page or to the search, after sending. */
  slug?: string;
  q?: string;
  /** In a list of search results the message field starts folded away. */
  compact?: boolean;
};

/** `Send forespørsel` with an optional message (max 1000 characters). */
export function JoinRequestForm({ groupId, slug, q, compact }: Props) {
  const groups = localized({ nb: nbGroups, en: enGroups });
  const [state, action] = useActionState(sendJoinRequestAction, initialActionState);
  const m = groups.requestForm;
  const field = (
    <MessageField
      name="message"
      label={m.messageLabel}
      description={m.messageDescription}
      maxLength={1000}
      errors={state.fieldErrors?.message}
      defaultValue={state.values?.message}
    />
  );
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="groupId" value={groupId} />
      {slug ? <input type="hidden" name="slug" value={slug} /> : null}
      {q ? <input type="hidden" name="q" value={q} /> : null}
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      {compact ? (
        <details className="ds-details" open={!!state.fieldErrors?.message}>
          <summary>{m.attachMessage}</summary>
          <div className="pt-3">{field}</div>
        </details>
      ) : (
        field
      )}
      <div>
        <SubmitButton label={m.submit} pendingLabel={m.submitting} />
      </div>
    </form>
  );
}
