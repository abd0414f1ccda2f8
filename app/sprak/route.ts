import { NextResponse, type NextRequest } from "next/server";
import { recordRefusal } from "@/lib/audit/refusals";
import { originFrom } from "@/lib/http/client-info";
import { getCurrentSession } from "@/lib/auth/current-user";
import { config } from "@/lib/config";
import { t } from "@/lib/i18n";
import { isForeignOrigin } from "@/lib/http/same-origin";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { withUnavailablePage } from "@/lib/http/unavailable";
import { LOCALE_COOKIE_MAX_AGE, languageChoice, rememberLocale } from "@/lib/i18n/choose";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";

/** The page the switch was pressed on (same origin only), so the visitor stays where they were. */
function backTo(request: NextRequest): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    if (url.origin !== new URL(config().appUrl).origin) return "/";
    return safeReturnPath(url.pathname + url.search) ?? "/";
  } catch {
    return "/";
  }
}

/**
 * The language switch (`English` / `Norsk` in the header and footer): a plain form post, so it
 * works without JavaScript and the next page is rendered whole in the new language.
 */
async function handlePost(request: NextRequest) {
  if (isForeignOrigin(request.headers)) {
    const actor = originFrom(request.headers);
    await recordRefusal({ actor, reason: "foreign-origin", attempted: "language.choose" });
    return new NextResponse(t.common.errors.requestRefused, { status: 403 });
  }
  const form = await request.formData().catch(() => null);
  const parsed = languageChoice.safeParse({ locale: form?.get("locale") });
  if (!parsed.success) {
    return new NextResponse(t.common.errors.unknownLanguage, { status: 400 });
  }
  const { locale } = parsed.data;
  const session = await getCurrentSession();
  if (session) await rememberLocale(session.userId, locale);

  const response = NextResponse.redirect(new URL(backTo(request), config().appUrl), 303);
  response.cookies.set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
    secure: config().appUrl.startsWith("https://"),
  });
  return response;
}

export function GET() {
  return NextResponse.redirect(new URL("/", config().appUrl), 303);
}

export const POST = withUnavailablePage(handlePost);
