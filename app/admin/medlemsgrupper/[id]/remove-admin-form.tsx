"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ChoiceField } from "@/components/ui/choice-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { register as nbRegister } from "@/lib/i18n/nb/register";
import { register as enRegister } from "@/lib/i18n/en/register";
import { localized } from "@/lib/i18n/locale";
import { removeGroupAdminAction } from "../actions";

/** `Fjern som administrator`; the group's last admin needs a ticked confirmation too. */
export function RemoveAdminForm(props: {
  groupId: string;
  userId: string;
  name: string;
  last: boolean;
}) {
  const m = localized({ nb: nbRegister, en: enRegister }).admins;
  const [state, action] = useActionState(removeGroupAdminAction, initialActionState);
  const box = `confirm-last-${props.userId}`;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="groupId" value={props.groupId} />
      <input type="hidden" name="userId" value={props.userId} />
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      {props.last ? (
        <ChoiceField type="checkbox" id={box} name="confirmLast" label={m.confirmLastLabel} />
      ) : null}
      <div>
        <SubmitButton
          label={m.remove}
          pendingLabel={m.removing}
          variant="secondary"
          data-size="sm"
          aria-label={m.removeLabel(props.name)}
        />
      </div>
    </form>
  );
}
