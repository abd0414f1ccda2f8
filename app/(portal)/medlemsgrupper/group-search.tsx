import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { SEARCH_LIMIT, SEARCH_MIN_LENGTH, type GroupSearchHit } from "@/lib/groups/search";
import { t } from "@/lib/i18n";
import { withdrawJoinRequestAction } from "./actions";
import { JoinRequestForm } from "./join-request-form";

type Props = { q: string; hits: GroupSearchHit[] | null; tooShort: boolean };

/** The search form (GET ?q=, so it works without JavaScript) and its results. */
export function GroupSearch({ q, hits, tooShort }: Props) {
  const m = t.groups.search;
  return (
    <section aria-labelledby="sok-heading" className="flex flex-col gap-4">
      <h2 id="sok-heading" className="ds-heading" data-size="md">
        {m.heading}
      </h2>
      <form method="get" action="/medlemsgrupper" role="search" className="flex flex-col gap-3">
        <div className="ds-field">
          <label className="ds-label" htmlFor="q">
            {m.label}
          </label>
          <div data-field="description" id="q-beskrivelse">
            {m.description}
          </div>
          <div className="flex flex-wrap gap-3">
            <input
              className="ds-input max-w-md flex-1"
              id="q"
              name="q"
              type="search"
              defaultValue={q}
              maxLength={200}
              aria-describedby={tooShort ? "q-beskrivelse q-feil" : "q-beskrivelse"}
              aria-invalid={tooShort || undefined}
            />
            <button type="submit" className="ds-button">
              {m.button}
            </button>
          </div>
          {tooShort ? (
            <p className="ds-validation-message" id="q-feil">
              {m.tooShort(SEARCH_MIN_LENGTH)}
            </p>
          ) : null}
        </div>
      </form>
      {hits ? <Results q={q} hits={hits} /> : null}
    </section>
  );
}

function Results({ q, hits }: { q: string; hits: GroupSearchHit[] }) {
  const m = t.groups.search;
  return (
    <div className="flex flex-col gap-4">
      <h3 className="ds-heading" data-size="sm" id="treff" aria-live="polite">
        {m.resultsHeading(q)}
      </h3>
      {hits.length === 0 ? <p className="ds-paragraph">{m.noResults(q)}</p> : null}
      {hits.length === SEARCH_LIMIT ? (
        <p className="ds-paragraph">{m.manyResults(SEARCH_LIMIT)}</p>
      ) : null}
      <ul className="flex flex-col gap-4" aria-labelledby="treff">
        {hits.map((hit) => (
          <li key={hit.id}>
            <article className="ds-card flex flex-col gap-3" aria-labelledby={`treff-${hit.id}`}>
              <h4 className="ds-heading" data-size="xs" id={`treff-${hit.id}`}>
                <Link href={`/medlemsgrupper/${hit.slug}`} className="ds-link">
                  {hit.name}
                </Link>
              </h4>
              {hit.organisationName ? (
                <p className="ds-paragraph" data-size="sm">
                  {hit.organisationName}
                  {hit.orgNumber ? ` (${m.orgNumber} ${hit.orgNumber})` : null}
                </p>
              ) : null}
              <p className="ds-paragraph" data-size="sm">
                {hit.joinPolicy === "automatic" && hit.domains.length > 0
                  ? m.automaticDomains(hit.domains.join(", "))
                  : m.byRequest}
              </p>
              <HitAction hit={hit} q={q} />
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}

function HitAction({ hit, q }: { hit: GroupSearchHit; q: string }) {
  const m = t.groups.search;
  if (hit.viewer === "member") {
    return (
      <p>
        <span className="ds-tag" data-color="success">
          {m.youAreMember}
        </span>
      </p>
    );
  }
  if (hit.viewer === "pending" && hit.pendingRequestId) {
    return (
      <div className="flex flex-col gap-2">
        <p>
          <span className="ds-tag" data-color="warning">
            {m.pending}
          </span>
        </p>
        <ActionForm
          size="sm"
          action={withdrawJoinRequestAction}
          fields={{ requestId: hit.pendingRequestId, q }}
          label={t.groups.requests.withdraw}
          pendingLabel={t.groups.requests.withdrawing}
          variant="secondary"
          describedBy={`treff-${hit.id}`}
        />
      </div>
    );
  }
  return <JoinRequestForm groupId={hit.id} q={q} compact />;
}
