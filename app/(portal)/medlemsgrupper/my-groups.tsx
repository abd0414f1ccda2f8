import Link from "next/link";
import { formatDate, isoTime } from "@/lib/format";
import type { listMyMemberships } from "@/lib/groups/queries";
import { t } from "@/lib/i18n";

type Membership = Awaited<ReturnType<typeof listMyMemberships>>[number];

/** The user's groups, with role and how they joined. */
export function MyGroups({ memberships }: { memberships: Membership[] }) {
  const m = t.groups.mine;
  return (
    <section aria-labelledby="mine-grupper" className="flex flex-col gap-4">
      <h2 id="mine-grupper" className="ds-heading" data-size="md">
        {m.heading}
      </h2>
      {memberships.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {memberships.map((g) => (
            <li key={g.groupId} className="ds-card flex flex-col gap-2" data-variant="tinted">
              <h3 className="ds-heading" data-size="xs">
                <Link href={`/medlemsgrupper/${g.slug}`} className="ds-link">
                  {g.name}
                </Link>
              </h3>
              {g.organisationName ? (
                <p className="ds-paragraph" data-size="sm">
                  {g.organisationName}
                </p>
              ) : null}
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="font-medium">{m.role}</dt>
                <dd>
                  <span className="ds-tag" data-color={g.role === "admin" ? "accent" : "neutral"}>
                    {t.groups.roles[g.role]}
                  </span>
                </dd>
                <dt className="font-medium">{m.how}</dt>
                <dd>{t.groups.sources[g.source]}</dd>
                <dt className="font-medium">{m.since}</dt>
                <dd>
                  <time dateTime={isoTime(g.since)}>{formatDate(g.since)}</time>
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
