"use server";

import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { t } from "@/lib/i18n";
import { remindReview } from "@/lib/reviews/reviews";

/** Support's `Send påminnelse` to a group's admins about its open access review. */
export const remindReviewAction = adminAction(
  z.object({ reviewId: z.uuid() }),
  async ({ reviewId }, { actor }) => {
    const sent = await remindReview(actor, reviewId);
    return sent
      ? { ok: true, message: t.reviews.support.remindedNow }
      : { formError: t.reviews.errors.closed };
  },
  { returnTo: "/admin/gjennomganger", name: "admin.remindAccessReview" },
);
