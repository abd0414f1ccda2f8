import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { t } from "@/lib/i18n";
import type { SuggestedGroup } from "@/lib/membership/suggested";
import { sendJoinRequestAction } from "./actions";

/** Forslag groups matching the person's confirmed email: `Send forespørsel` in one press. */
export function SuggestedGroups({ groups }: { groups: SuggestedGroup[] }) {
  if (groups.length === 0) return null;
  const m = t.register.suggested;
  return (
    <section aria-labelledby="suggested-heading" className="flex flex-col gap-4">
      <h2 id="suggested-heading" className="ds-heading" data-size="md">
        {m.heading}
      </h2>
      <p className="ds-paragraph">{m.lead}</p>
      <ul className="flex flex-col gap-4">
        {groups.map((g) => (
          <li key={g.id} className="ds-card flex flex-col gap-2 p-4">
            <h3 className="ds-heading" data-size="xs" id={`suggested-${g.id}`}>
              <Link href={`/medlemsgrupper/${g.slug}`} className="ds-link">
                {g.name}
              </Link>
            </h3>
            {g.organisationName && g.organisationName !== g.name ? (
              <p className="ds-paragraph" data-size="sm">
                {g.organisationName}
              </p>
            ) : null}
            {g.description ? <p className="ds-paragraph">{g.description}</p> : null}
            <p className="ds-paragraph" data-size="sm">
              {m.because(g.domain)}
            </p>
            {g.pending ? (
              <p className="ds-paragraph">{m.pending}</p>
            ) : (
              <ActionForm
                action={sendJoinRequestAction}
                fields={{ groupId: g.id }}
                label={m.send}
                pendingLabel={m.sending}
                ariaLabel={m.sendLabel(g.name)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
