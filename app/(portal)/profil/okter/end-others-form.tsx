"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { profile as nbProfile } from "@/lib/i18n/nb/profile";
import { profile as enProfile } from "@/lib/i18n/en/profile";
import { localized } from "@/lib/i18n/locale";
import { endOtherSessionsAction } from "./actions";

export function EndOthersForm() {
  const profile = localized({ nb: nbProfile, en: enProfile });
  const [state, action] = useActionState(endOtherSessionsAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      {state.ok ? <Alert color="success">{state.message}</Alert> : null}
      <div>
        <SubmitButton
          label={profile.sessions.endOthers}
          pendingLabel={profile.sessions.ending}
          variant="secondary"
        />
      </div>
    </form>
  );
}
