import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { t } from "@/lib/i18n";
import { setUserDisabledAction } from "../../actions";

type Props = {
  userId: string;
  disabled: boolean;
  /** Support staff looking at themselves: no disable button. */
  self: boolean;
  confirm: string | string[] | undefined;
  done: string | string[] | undefined;
};

const m = t.admin.detail;

/** Disable/enable with a confirmation step (?bekreft=…), and the result after it (?utfort=…). */
export function DisableSection({ userId, disabled, self, confirm, done }: Props) {
  const here = `/admin/brukere/${userId}`;
  const confirming = confirm === (disabled ? "aktiver" : "deaktiver");
  return (
    <section aria-labelledby="actions" className="flex flex-col gap-3">
      <h2 id="actions" className="ds-heading" data-size="sm">
        {m.actions}
      </h2>
      {done === "deaktivert" && disabled ? (
        <div className="ds-alert" data-color="success" role="status">
          {m.disabled}
        </div>
      ) : null}
      {done === "aktivert" && !disabled ? (
        <div className="ds-alert" data-color="success" role="status">
          {m.enabled}
        </div>
      ) : null}
      {self ? (
        <p className="ds-paragraph">{m.selfNote}</p>
      ) : confirming ? (
        <div className="ds-card flex flex-col gap-3 p-4">
          <h3 className="ds-heading" data-size="xs">
            {disabled ? m.enableConfirmHeading : m.disableConfirmHeading}
          </h3>
          <p className="ds-paragraph">{disabled ? m.enableConfirmBody : m.disableConfirmBody}</p>
          <div className="flex flex-wrap items-start gap-4">
            <ActionForm
              action={setUserDisabledAction}
              fields={{ userId, disabled: disabled ? "0" : "1" }}
              label={disabled ? m.enableConfirm : m.disableConfirm}
              pendingLabel={m.confirming}
              danger={!disabled}
            />
            <Link href={here} className="ds-button" data-variant="secondary">
              {m.cancel}
            </Link>
          </div>
        </div>
      ) : (
        <div>
          <Link
            href={`${here}?bekreft=${disabled ? "aktiver" : "deaktiver"}`}
            className="ds-button"
            data-variant="secondary"
            data-color={disabled ? undefined : "danger"}
          >
            {disabled ? m.enable : m.disable}
          </Link>
        </div>
      )}
    </section>
  );
}
