import Link from "next/link";
import { readSupportOverview } from "@/lib/admin/overview";
import { now } from "@/lib/clock";
import { t } from "@/lib/i18n";
import { portalPasskeyShare } from "@/lib/passkeys/adoption";

const m = t.operations.overview;

/** The support overview's counts: the last 24 hours, and the requests waiting. */
export async function SupportCounts() {
  const at = now();
  const [o, share] = await Promise.all([readSupportOverview(at), portalPasskeyShare()]);
  const counts = [
    { label: m.newUsers, value: o.newUsers },
    { label: m.codesSent, value: o.codesSent },
    { label: m.failedCodeChecks, value: o.failedCodeChecks },
    { label: m.failedLogins, value: o.failedLogins },
    { label: m.failedEmails, value: o.failedEmails },
  ];
  const ageHours = o.oldestRequestAt
    ? Math.max(0, Math.floor((at.getTime() - o.oldestRequestAt.getTime()) / 3_600_000))
    : null;
  return (
    <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
      <section aria-labelledby="counts-heading" className="flex flex-col gap-3">
        <h2 id="counts-heading" className="ds-heading" data-size="sm">
          {m.countsHeading}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="support-counts">
          {counts.map((c) => (
            <div key={c.label} className="ds-card flex flex-col-reverse gap-1 p-3">
              <dt className="ds-paragraph" data-size="sm">
                {c.label}
              </dt>
              <dd className="ds-heading" data-size="md">
                {c.value}
              </dd>
            </div>
          ))}
        </dl>
        {o.failedEmails > 0 ? (
          <Link href="/admin/e-post" className="ds-link">
            {m.toEmail}
          </Link>
        ) : null}
      </section>
      <section aria-labelledby="requests-heading" className="flex flex-col gap-3">
        <h2 id="requests-heading" className="ds-heading" data-size="sm">
          {m.requestsHeading}
        </h2>
        {o.pendingRequests === 0 ? (
          <p className="ds-paragraph">{m.noRequests}</p>
        ) : (
          <dl className="ds-paragraph grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{m.pendingRequests}</dt>
            <dd>{o.pendingRequests}</dd>
            <dt className="font-semibold">{m.oldestRequest}</dt>
            <dd>{m.age(ageHours ?? 0)}</dd>
          </dl>
        )}
        <Link href="/admin/foresporsler" className="ds-link">
          {m.toRequests}
        </Link>
      </section>
      <section aria-labelledby="passkeys-heading" className="flex flex-col gap-3 md:col-span-2">
        <h2 id="passkeys-heading" className="ds-heading" data-size="sm">
          {t.passkeys.title}
        </h2>
        <p className="ds-paragraph">
          {t.passkeys.adoption.portalShare(share.withPasskey, share.total)}
        </p>
        <Link href="/admin/gjennomganger" className="ds-link">
          {t.reviews.support.title}
        </Link>
      </section>
    </div>
  );
}
