"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { notifications as nbNotifications } from "@/lib/i18n/nb/notifications";
import { notifications as enNotifications } from "@/lib/i18n/en/notifications";
import { localized } from "@/lib/i18n/locale";
import { markAllNotificationsReadAction } from "./actions";

export function MarkAllReadForm({ disabled }: { disabled: boolean }) {
  const notifications = localized({ nb: nbNotifications, en: enNotifications });
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
