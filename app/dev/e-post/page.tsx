import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { config } from "@/lib/config";
import { listMailbox } from "@/lib/email/mailbox";
import { formatDateTime } from "@/lib/format";

export function generateMetadata(): Metadata {
  return { title: "Utviklingspostkasse" };
}

type Props = { searchParams: Promise<{ til?: string }> };

/** Development mailbox: emails the portal would have sent. Never in production. */
export default async function DevMailboxPage({ searchParams }: Props) {
  if (config().appEnv === "production" || config().resendApiKey) notFound();
  const { til } = await searchParams;
  const emails = await listMailbox(til);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        Utviklingspostkasse
      </h1>
      <p className="ds-paragraph">
        E-post portalen har sendt i utvikling og test, nyeste først. Denne siden finnes ikke i
        produksjon.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="ds-field">
          <label className="ds-label" htmlFor="til">
            Mottaker
          </label>
          <input className="ds-input" id="til" name="til" type="email" defaultValue={til ?? ""} />
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          Vis
        </button>
      </form>
      {emails.length === 0 ? (
        <p className="ds-paragraph">Ingen e-post ennå.</p>
      ) : (
        <ol className="flex flex-col gap-4" aria-label="E-post">
          {emails.map((email) => (
            <li key={email.id}>
              <article className="ds-card flex flex-col gap-2 p-4" aria-label={email.subject}>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                  <dt className="font-semibold">Tid</dt>
                  <dd>
                    <time dateTime={email.createdAt.toISOString()}>
                      {formatDateTime(email.createdAt)}
                    </time>
                  </dd>
                  <dt className="font-semibold">Til</dt>
                  <dd data-testid="mail-to">{email.toAddress}</dd>
                  <dt className="font-semibold">Emne</dt>
                  <dd data-testid="mail-subject">{email.subject}</dd>
                </dl>
                <pre
                  className="whitespace-pre-wrap break-words rounded bg-gray-50 p-3 text-sm"
                  data-testid="mail-text"
                >
                  {email.text}
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
