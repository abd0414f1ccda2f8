"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { t } from "@/lib/i18n";
import { endOtherSessionsAction } from "./actions";

export function EndOthersForm() {
  const [state, action] = useActionState(endOtherSessionsAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.formError ? <FormAlert color="danger">{state.formError}</FormAlert> : null}
      {state.ok ? <FormAlert color="success">{state.message}</FormAlert> : null}
      <div>
        <SubmitButton
          label={t.profile.sessions.endOthers}
          pendingLabel={t.profile.sessions.ending}
          variant="secondary"
        />
      </div>
    </form>
  );
}
