import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { config } from "@/lib/config";
import { markNotificationRead } from "@/lib/notifications/queries";
import { withUnavailablePage } from "@/lib/http/unavailable";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opens a notification: marks the caller's own one read and goes to where it points. */
async function handleGet(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL("/logg-inn", config().appUrl), 303);
  const { id } = await params;
  const found = uuid.test(id) ? await markNotificationRead(user.id, id) : null;
  const target = found?.href && isLocalPath(found.href) ? found.href : "/varsler";
  return NextResponse.redirect(new URL(target, config().appUrl), 303);
}

function isLocalPath(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//") && !href.includes("\\");
}

export const GET = withUnavailablePage(handleGet);
