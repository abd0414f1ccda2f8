"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { t } from "@/lib/i18n";
import { completeAccessReview } from "@/lib/reviews/reviews";

const DECISION = /^beslutning-([0-9a-f-]{36})$/;

/** `Fullfør gjennomgang`: one decision per member (`beslutning-<id>` = behold | fjern). */
export const completeReviewAction = userAction(
  z
    .object({ reviewId: z.uuid() })
    .catchall(z.string())
    .superRefine((values, ctx) => {
      for (const [key, value] of Object.entries(values)) {
        if (DECISION.test(key) && value !== "behold" && value !== "fjern") {
          ctx.addIssue({ code: "custom", path: [key], message: t.common.errors.checkFields });
        }
      }
    }),
  async (input, { actor }) => {
    const remove = Object.entries(input)
      .filter(([key, value]) => DECISION.test(key) && value === "fjern")
      .map(([key]) => DECISION.exec(key)![1]!);
    const { kept, removed } = await completeAccessReview(actor, {
      reviewId: input.reviewId,
      remove,
    });
    return { ok: true, message: t.reviews.done(kept, removed) };
  },
  { name: "groups.completeAccessReview" },
);
