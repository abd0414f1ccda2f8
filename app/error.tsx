"use client";

import Link from "next/link";
import { t } from "@/lib/i18n";

const messages = t.common.error;

// Never render the error itself: its message may carry details meant for the server log.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <section aria-labelledby="error-heading" className="flex max-w-2xl flex-col gap-4">
      <h1 id="error-heading" className="ds-heading" data-size="lg">
        {messages.heading}
      </h1>
      <p className="ds-paragraph">{messages.body}</p>
      <div>
        <button type="button" className="ds-button" onClick={() => retry()}>
          {messages.retry}
        </button>
      </div>
      <p className="ds-paragraph">
        {messages.helpPrefix}{" "}
        <Link className="ds-link" href="/hjelp">
          {messages.help}
        </Link>
      </p>
    </section>
  );
}
