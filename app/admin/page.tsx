import type { Metadata } from "next";
import Link from "next/link";
import { requireSupport } from "@/lib/admin/guard";
import { t } from "@/lib/i18n";
import { AdminNav } from "./admin-nav";
import { NoAccess } from "./no-access";
import { SupportCounts } from "./support-counts";

export function generateMetadata(): Metadata {
  return { title: t.admin.overview.heading };
}

const sections = () =>
  [
    { href: "/admin/brukere", label: t.admin.nav.users, text: t.admin.overview.users },
    { href: "/admin/revisjonslogg", label: t.admin.nav.audit, text: t.admin.overview.audit },
    { href: "/admin/driftsmeldinger", label: t.admin.nav.notices, text: t.admin.overview.notices },
    // Operations (issue 9, admin-b)
    {
      href: "/admin/tjenester",
      label: t.operations.nav.services,
      text: t.operations.overview.services,
    },
  ] as const;

export default async function AdminPage() {
  const gate = await requireSupport("/admin");
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.admin.overview;
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin" />
      <p className="ds-paragraph">{m.lead}</p>
      <SupportCounts />
      <ul className="grid gap-4 sm:grid-cols-3">
        {sections().map((s) => (
          <li key={s.href} className="ds-card flex flex-col gap-2 p-4">
            <h2 className="ds-heading" data-size="xs">
              <Link href={s.href} className="ds-link">
                {s.label}
              </Link>
            </h2>
            <p className="ds-paragraph" data-size="sm">
              {s.text}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
