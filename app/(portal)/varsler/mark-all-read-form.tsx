"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { t } from "@/lib/i18n";
import { markAllNotificationsReadAction } from "./actions";

export function MarkAllReadForm({ disabled }: { disabled: boolean }) {
  const [state, action] = useActionState(markAllNotificationsReadAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.formError ? <FormAlert color="danger">{state.formError}</FormAlert> : null}
      {state.message ? <FormAlert color="success">{state.message}</FormAlert> : null}
      <div>
        <SubmitButton
          label={t.notifications.markAllRead}
          pendingLabel={t.notifications.markingAllRead}
          variant="secondary"
          disabled={disabled}
        />
      </div>
    </form>
  );
}
