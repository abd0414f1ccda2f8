import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { requireSupport } from "@/lib/admin/guard";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";
import { portalPasskeyShare } from "@/lib/passkeys/adoption";
import { listReviewStatus } from "@/lib/reviews/reviews";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";
import { remindReviewAction } from "./actions";

export function generateMetadata(): Metadata {
  return { title: t.reviews.support.title };
}

/** Support: every group's newest access review (open first), with a reminder button. */
export default async function AccessReviewsAdminPage() {
  const gate = await requireSupport("/admin/gjennomganger");
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.reviews.support;
  const [reviews, share] = await Promise.all([listReviewStatus(), portalPasskeyShare()]);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <AdminNav current="/admin/gjennomganger" />
      <p className="ds-paragraph">{m.lead}</p>
      <p className="ds-paragraph">
        {t.passkeys.adoption.portalShare(share.withPasskey, share.total)}
      </p>
      {reviews.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={m.title}>
          <table className="ds-table" data-border>
            <thead>
              <tr>
                <th scope="col">{m.group}</th>
                <th scope="col">{m.period}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">
                  <span className="sr-only">{m.remind}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((r) => (
                <tr key={r.reviewId}>
                  <th scope="row" className="font-normal" id={`gjennomgang-${r.reviewId}`}>
                    <Link className="ds-link" href={`/medlemsgrupper/${r.groupSlug}`}>
                      {r.groupName}
                    </Link>
                  </th>
                  <td>{r.period}</td>
                  <td>
                    {r.completedAt
                      ? m.completed(formatDate(r.completedAt))
                      : r.remindedAt
                        ? `${m.open} · ${m.reminded(formatDate(r.remindedAt))}`
                        : m.open}
                  </td>
                  <td>
                    {r.completedAt ? null : (
                      <ActionForm
                        size="sm"
                        action={remindReviewAction}
                        fields={{ reviewId: r.reviewId }}
                        label={m.remind}
                        pendingLabel={m.reminding}
                        variant="secondary"
                        describedBy={`gjennomgang-${r.reviewId}`}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
