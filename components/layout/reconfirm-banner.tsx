import Link from "next/link";
import { getCurrentSession, getCurrentUser } from "@/lib/auth/current-user";
import { RECONFIRM_PATH } from "@/lib/emails/reconfirm-policy";
import { pendingReconfirmation } from "@/lib/emails/reconfirmation";
import { formatDate } from "@/lib/format";
import { sessionReadOf } from "@/lib/sessions/request-user";
import { t } from "@/lib/i18n";

/** On every page while a work address waits for its yearly re-confirmation (or has lapsed). */
export async function ReconfirmBanner() {
  const user = await getCurrentUser();
  if (!user?.registered) return null;
  // Read with the session (no statement of its own); read again only outside a render.
  const read = sessionReadOf((await getCurrentSession())?.sessionId ?? "");
  const pending = read ? read.reconfirmation : await pendingReconfirmation(user.id);
  if (!pending) return null;
  const m = t.reconfirm.banner;
  const { address } = pending.email;
  return (
    <div className="mx-auto mb-6 max-w-5xl">
      <div className="ds-alert" data-color="warning" role="region" aria-label={t.reconfirm.title}>
        <p className="ds-paragraph">
          {pending.lapsed ? m.lapsed(address) : m.due(address, formatDate(pending.lapsesAt))}{" "}
          <Link className="ds-link" href={RECONFIRM_PATH}>
            {m.action}
          </Link>
        </p>
      </div>
    </div>
  );
}
