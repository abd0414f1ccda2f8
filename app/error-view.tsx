"use client";

import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";
import { common as nbCommon } from "@/lib/i18n/nb/common";
import { common as enCommon } from "@/lib/i18n/en/common";
import { localized } from "@/lib/i18n/locale";
import { HelpLine } from "@/components/ui/help-line";

// Never render the error itself: its message may carry details meant for the server log.
export default function ErrorView({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  const common = localized({ nb: nbCommon, en: enCommon });
  const unavailable = common.unavailable;
  const messages = common.error;
  const down = error?.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <section aria-labelledby="error-heading" className="flex max-w-2xl flex-col gap-4">
      <h1 id="error-heading" className="ds-heading" data-size="lg">
        {down ? unavailable.heading : messages.heading}
      </h1>
      <p className="ds-paragraph">{down ? unavailable.body : messages.body}</p>
      <div>
        <button type="button" className="ds-button" onClick={() => retry()}>
          {messages.retry}
        </button>
      </div>
      <HelpLine prefix={messages.helpPrefix} link={messages.help} />
    </section>
  );
}
