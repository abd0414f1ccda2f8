import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { formatDate, formatDateTime } from "@/lib/format";
import { getGroupForViewer } from "@/lib/groups/queries";
import { setResponseStatus } from "@/lib/http/request-state";
import { t } from "@/lib/i18n";
import { latestReviewOf, reviewMembers } from "@/lib/reviews/reviews";
import { ReviewForm } from "./review-form";

export function generateMetadata(): Metadata {
  return { title: t.reviews.title };
}

type Props = { params: Promise<{ slug: string }> };

/** `Gjennomgå medlemmer`: the quarter's access review, for the group's admins only. */
export default async function AccessReviewPage({ params }: Props) {
  const user = await requireRegisteredUser();
  const { slug } = await params;
  // A closed group is a 404 for non-members here too, like a missing one.
  const viewed = /^[a-z0-9-]{1,100}$/.test(slug) ? await getGroupForViewer(slug, user.id) : null;
  if (!viewed) notFound();
  const { group, role } = viewed;
  const m = t.reviews;
  const back = (
    <p>
      <Link href={`/medlemsgrupper/${group.slug}`} className="ds-link">
        {group.name}
      </Link>
    </p>
  );
  if (role !== "admin") {
    setResponseStatus(403);
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        {back}
        <h1 className="ds-heading" data-size="lg">
          {m.title}
        </h1>
        <div className="ds-alert" data-color="warning">
          {t.common.errors.forbidden}
        </div>
      </div>
    );
  }
  const review = await latestReviewOf(group.id);
  const open = review && !review.completedAt ? review : null;
  const members = open ? await reviewMembers(group.id) : [];
  return (
    <div className="flex flex-col gap-6">
      {back}
      <h1 className="ds-heading" data-size="lg">
        {m.heading(group.name)}
      </h1>
      {open ? (
        <>
          <p className="ds-paragraph">{m.lead(open.period)}</p>
          <ReviewForm
            reviewId={open.id}
            rows={members.map((member) => ({
              userId: member.userId,
              name: member.name ?? t.groups.unnamed,
              joined: m.sources[member.source] ?? member.source,
              lastLogin: member.lastLoginAt ? formatDateTime(member.lastLoginAt) : m.never,
              confirmed: member.emailConfirmed ? m.yes : m.no,
              self: member.userId === user.id,
            }))}
            texts={{
              columns: m.columns,
              keep: m.keep,
              remove: m.remove,
              you: m.you,
              finish: m.finish,
              finishing: m.finishing,
            }}
          />
        </>
      ) : (
        <div className="ds-alert" data-color="info">
          <p className="ds-paragraph">{m.noOpen}</p>
          {review?.completedAt ? (
            <p className="ds-paragraph">
              {m.done(review.kept ?? 0, review.removed ?? 0)} {formatDate(review.completedAt)}
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}
