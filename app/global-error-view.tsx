"use client";

import Link from "next/link";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";
import { common as nbCommon } from "@/lib/i18n/nb/common";
import { common as enCommon } from "@/lib/i18n/en/common";
import { localized } from "@/lib/i18n/locale";
import { HelpLine } from "@/components/ui/help-line";

/** The page of app/global-error.tsx, loaded only when it shows. */
export default function GlobalErrorView({ error }: { error: Error & { digest?: string } }) {
  const common = localized({ nb: nbCommon, en: enCommon });
  const unavailable = common.unavailable;
  const messages = common.error;
  const down = error?.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <body data-size="md" className="flex min-h-dvh flex-col">
      <header className="border-b border-(--ds-color-neutral-border-subtle) px-4 py-3 sm:px-6">
        <Link href="/" className="ds-link text-lg font-semibold">
          {common.portalName}
        </Link>
      </header>
      <main className="mx-auto flex w-full max-w-2xl flex-1 flex-col gap-4 px-4 py-8 sm:px-6">
        <title>{down ? unavailable.title : messages.heading}</title>
        <h1 className="ds-heading" data-size="lg">
          {down ? unavailable.heading : messages.heading}
        </h1>
        <p className="ds-paragraph">{down ? unavailable.body : messages.body}</p>
        <p>
          {/* A full reload of this page from the server. */}
          <a className="ds-button" href="">
            {messages.retry}
          </a>
        </p>
        <HelpLine prefix={messages.helpPrefix} link={messages.help} />
      </main>
    </body>
  );
}
