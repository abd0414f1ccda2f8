"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { passkeys as nbPasskeys } from "@/lib/i18n/nb/passkeys";
import { passkeys as enPasskeys } from "@/lib/i18n/en/passkeys";
import { localized } from "@/lib/i18n/locale";
import { useCountedAction, type ServerAction } from "./use-counted-action";

type Props = { action: ServerAction; passkeyId: string; cancelHref: string };

/** The confirmation step of removing a passkey: remove, or go back without change. */
export function RemovePasskeyForm({ action, passkeyId, cancelHref }: Props) {
  const text = localized({ nb: nbPasskeys, en: enPasskeys });
  const [state, formAction, pending] = useCountedAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="id" value={passkeyId} />
      {state.formError ? (
        <Alert key={state.attempt} color="danger">
          {state.formError}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-4">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          data-color="danger"
          disabled={pending}
          aria-busy={pending || undefined}
        >
          {pending ? text.remove.confirming : text.remove.confirm}
        </button>
        <Link href={cancelHref} className="ds-button" data-variant="secondary">
          {text.remove.cancel}
        </Link>
      </div>
    </form>
  );
}
