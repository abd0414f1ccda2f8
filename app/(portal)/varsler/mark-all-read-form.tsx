"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { notifications } from "@/lib/i18n/nb/notifications";
import { markAllNotificationsReadAction } from "./actions";

export function MarkAllReadForm({ disabled }: { disabled: boolean }) {
  const [state, action] = useActionState(markAllNotificationsReadAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      {state.message ? <Alert color="success">{state.message}</Alert> : null}
      <div>
        <SubmitButton
          label={notifications.markAllRead}
          pendingLabel={notifications.markingAllRead}
          variant="secondary"
          disabled={disabled}
        />
      </div>
    </form>
  );
}
