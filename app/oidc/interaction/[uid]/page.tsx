import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getCurrentSession } from "@/lib/auth/current-user";
import { stepUpPathFor } from "@/lib/auth/step-up-path";
import { originFrom } from "@/lib/http/client-info";
import { setResponseStatus } from "@/lib/http/request-state";
import { t } from "@/lib/i18n";
import { now } from "@/lib/clock";
import { nextOpeningText } from "@/lib/services/closed-text";
import { continueInteraction, interactionPath } from "@/lib/oidc/interaction";
import type { RefusalReason } from "@/lib/oidc/sign-in";

export const dynamic = "force-dynamic";
export function generateMetadata(): Metadata {
  return { title: t.oidc.pageTitle, robots: "noindex" };
}

type Props = { params: Promise<{ uid: string }> };

const reasonText = (reason: RefusalReason): string =>
  ({
    disabled: t.oidc.refused.disabled,
    "not-registered": t.oidc.refused.notRegistered,
    "not-in-group": t.oidc.refused.notInGroup,
    "closed-hours": t.oidc.refused.closedHours,
  })[reason];

/**
 * A service's sign-in through the portal: straight through with a live portal session,
 * otherwise login (or a step-up) and back here; a refusal is shown here and nothing is issued.
 */
export default async function InteractionPage({ params }: Props) {
  const { uid } = await params;
  if (!/^[\w-]{8,64}$/.test(uid)) notFound();
  const requestHeaders = new Headers(await headers());
  const session = await getCurrentSession();
  const outcome = await continueInteraction(
    uid,
    { headers: requestHeaders, origin: originFrom(requestHeaders) },
    session
      ? {
          userId: session.userId,
          sessionId: session.sessionId,
          method: session.method,
          acr: session.acr,
          authenticatedAt: new Date(session.authenticatedAt),
        }
      : null,
  );
  const here = interactionPath(uid);
  switch (outcome.kind) {
    case "login":
      redirect(`/logg-inn?callbackUrl=${encodeURIComponent(here)}`);
    case "step-up":
      redirect(stepUpPathFor(here));
    case "redirect":
      redirect(outcome.to);
    case "expired":
      return (
        <div className="mx-auto flex max-w-2xl flex-col gap-6">
          <h1 className="ds-heading" data-size="lg">
            {t.oidc.expired.title}
          </h1>
          <p className="ds-paragraph">{t.oidc.expired.body}</p>
          <Link href="/oversikt" className="ds-link">
            {t.oidc.refused.toDashboard}
          </Link>
        </div>
      );
    case "refused": {
      // Refused access answers 403 (server.mjs applies it); the page says why and what next.
      setResponseStatus(403);
      const m = t.oidc.refused;
      return (
        <div className="mx-auto flex max-w-2xl flex-col gap-6">
          <h1 className="ds-heading" data-size="lg">
            {m.title(outcome.service.name)}
          </h1>
          <div className="ds-alert" data-color="warning">
            <p className="ds-paragraph">{reasonText(outcome.reason)}</p>
            {outcome.reason === "closed-hours" ? (
              <p className="ds-paragraph">{nextOpeningText(outcome.service.openingHours, now())}</p>
            ) : null}
            <p className="ds-paragraph">{m.nothingShared}</p>
          </div>
          <div className="flex flex-wrap gap-4">
            {outcome.reason === "not-in-group" ? (
              <Link href="/medlemsgrupper" className="ds-button" data-variant="primary">
                {m.toGroups}
              </Link>
            ) : null}
            <Link href="/oversikt" className="ds-button" data-variant="secondary">
              {m.toDashboard}
            </Link>
          </div>
        </div>
      );
    }
  }
}
