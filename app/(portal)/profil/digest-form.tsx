"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ChoiceField } from "@/components/ui/choice-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { notifications as nbNotifications } from "@/lib/i18n/nb/notifications";
import { notifications as enNotifications } from "@/lib/i18n/en/notifications";
import { localized } from "@/lib/i18n/locale";
import { setJoinRequestDigestAction } from "./actions";

/** For group admins: the morning summary of waiting join requests, on or off. */
export function DigestForm({ enabled }: { enabled: boolean }) {
  const notifications = localized({ nb: nbNotifications, en: enNotifications });
  const [state, action] = useActionState(setJoinRequestDigestAction, initialActionState);
  const m = notifications.preferences;
  return (
    <form action={action} className="flex flex-col gap-4">
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      <ChoiceField
        type="checkbox"
        id="digest"
        name="digest"
        value="on"
        label={m.digestLabel}
        hint={m.digestDescription}
        defaultChecked={enabled}
      />
      <div>
        <SubmitButton label={m.save} pendingLabel={m.saving} variant="secondary" />
      </div>
    </form>
  );
}
