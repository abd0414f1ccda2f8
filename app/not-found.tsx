import type { Metadata } from "next";
import Link from "next/link";
import { t } from "@/lib/i18n";

const notFound = t.common.notFound;

export function generateMetadata(): Metadata {
  return { title: notFound.title };
}

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-heading" className="flex max-w-2xl flex-col gap-4">
      <h1 id="not-found-heading" className="ds-heading" data-size="lg">
        {notFound.heading}
      </h1>
      <p className="ds-paragraph">{notFound.body}</p>
      <div className="flex flex-wrap gap-4">
        <Link href="/" className="ds-button">
          {notFound.home}
        </Link>
        <Link href="/hjelp" className="ds-button" data-variant="secondary">
          {notFound.help}
        </Link>
      </div>
    </section>
  );
}
