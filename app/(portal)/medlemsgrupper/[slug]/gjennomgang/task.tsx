import Link from "next/link";
import { t } from "@/lib/i18n";
import { latestReviewOf, reviewPath } from "@/lib/reviews/reviews";

/** On the group page, for its admins: the quarter's open access review, as a task. */
export async function ReviewTask({ groupId, slug }: { groupId: string; slug: string }) {
  const review = await latestReviewOf(groupId);
  if (!review || review.completedAt) return null;
  return (
    <div className="ds-alert" data-color="info" role="region" aria-label={t.reviews.title}>
      <p className="ds-paragraph">
        {t.reviews.taskAlert(review.period)}{" "}
        <Link className="ds-link" href={reviewPath(slug)}>
          {t.reviews.openTask}
        </Link>
      </p>
    </div>
  );
}
