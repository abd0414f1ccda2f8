import Link from "next/link";
import type { ReactNode } from "react";
import { t } from "@/lib/i18n";
import type { EmailMembership } from "@/lib/membership/for-email";

/** After an email is confirmed: the membership its domain gave, or the way to ask for one. */
export function MembershipResult({
  address,
  result,
  suggestions,
}: {
  address: string;
  result: EmailMembership;
  /** Forslag groups for the person's domain: shown instead of "no group found" when present. */
  suggestions?: ReactNode;
}) {
  const m = t.registration.done;
  return (
    <div className="flex flex-col gap-6">
      <div className="ds-alert" data-color="success" role="status">
        <p className="ds-paragraph">{m.confirmed(address)}</p>
      </div>
      {result.kind === "member" ? (
        <section className="ds-card flex flex-col gap-3 p-6" aria-labelledby="membership-heading">
          <h2 id="membership-heading" className="ds-heading" data-size="md">
            {m.member(result.group.name)}
          </h2>
          <p className="ds-paragraph">{m.memberBody}</p>
        </section>
      ) : suggestions ? (
        suggestions
      ) : (
        <section className="ds-card flex flex-col gap-3 p-6" aria-labelledby="membership-heading">
          <h2 id="membership-heading" className="ds-heading" data-size="md">
            {m.noGroup(result.domain)}
          </h2>
          <p className="ds-paragraph">{m.noGroupBody}</p>
          <div>
            <Link href="/medlemsgrupper" className="ds-button" data-variant="primary">
              {m.searchGroups}
            </Link>
          </div>
          <p className="ds-paragraph">
            <Link href="/hjelp" className="ds-link">
              {m.cantFind}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
