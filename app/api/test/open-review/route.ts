import { NextResponse } from "next/server";
import { z } from "zod";
import { reopenReviewForTests } from "@/lib/reviews/reviews";
import { testHooksEnabled } from "@/lib/testing/test-only";

const slugSchema = z.string().regex(/^[a-z0-9-]{1,100}$/);

/**
 * Test-only controllable clock for access reviews: this quarter's review of the group starts
 * over, as if the quarter had just begun. 404 unless APP_ENV=test.
 */
export async function POST(request: Request) {
  if (!testHooksEnabled()) return new NextResponse(null, { status: 404 });
  const slug = slugSchema.safeParse(new URL(request.url).searchParams.get("gruppe"));
  if (!slug.success) return new NextResponse(null, { status: 400 });
  const reviewId = await reopenReviewForTests(slug.data);
  if (!reviewId) return new NextResponse(null, { status: 404 });
  return NextResponse.json({ reviewId });
}
