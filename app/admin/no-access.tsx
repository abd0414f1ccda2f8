import Link from "next/link";
import type { AdminDenial } from "@/lib/admin/access";
import { setResponseStatus } from "@/lib/http/request-state";
import { t } from "@/lib/i18n";

const loginAgainHref = `/logg-inn?bekreft=1&callbackUrl=${encodeURIComponent("/admin")}`;

/**
 * Why the admin area is closed to this login, and the way forward: never a dead end. The page
 * answers 403 (server.mjs applies the status), so the refusal is not a 200.
 */
export function NoAccess({ reason }: { reason: AdminDenial }) {
  setResponseStatus(403);
  const m = t.admin.denied;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <div className="ds-alert" data-color="warning">
        <h2 className="ds-heading" data-size="xs">
          {m[reason].title}
        </h2>
        <p className="ds-paragraph">{m[reason].body}</p>
      </div>
      <div className="flex flex-wrap gap-4">
        {reason === "phishing-resistant" ? (
          <Link href={loginAgainHref} className="ds-button" data-variant="primary">
            {m.loginAgain}
          </Link>
        ) : null}
        <Link href="/oversikt" className="ds-button" data-variant="secondary">
          {m.back}
        </Link>
      </div>
    </div>
  );
}
