import type { Metadata } from "next";
import Link from "next/link";
import { t } from "@/lib/i18n";

export function generateMetadata(): Metadata {
  return { title: t.auth.loginErrorTitle };
}

type Props = { searchParams: Promise<{ kode?: string; error?: string }> };

function messageFor(kode: string | undefined, error: string | undefined): string {
  const messages = t.auth.loginErrors;
  if (kode && Object.hasOwn(messages, kode)) return messages[kode as keyof typeof messages];
  if (error === "OAuthCallbackError") return messages.avbrutt;
  return messages.generic;
}

export default async function LoginErrorPage({ searchParams }: Props) {
  const { kode, error } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="ds-heading" data-size="lg">
        {t.auth.loginErrorTitle}
      </h1>
      <div className="ds-alert" data-color="danger" role="alert">
        <p className="ds-paragraph">{messageFor(kode, error)}</p>
      </div>
      <div className="flex flex-wrap gap-4">
        <Link href="/logg-inn" className="ds-button" data-variant="primary">
          {t.auth.tryAgain}
        </Link>
        <Link href="/hjelp" className="ds-button" data-variant="secondary">
          {t.auth.getHelp}
        </Link>
      </div>
    </div>
  );
}
