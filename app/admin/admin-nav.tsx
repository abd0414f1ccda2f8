import Link from "next/link";
import { t } from "@/lib/i18n";

/** Read per render: the labels follow the request's language. */
const links = () =>
  [
    { href: "/admin", label: t.admin.nav.overview },
    { href: "/admin/brukere", label: t.admin.nav.users },
    // The member register.
    { href: "/admin/virksomheter", label: t.register.nav.organisations },
    { href: "/admin/medlemsgrupper", label: t.register.nav.groups },
    { href: "/admin/revisjonslogg", label: t.admin.nav.audit },
    { href: "/admin/driftsmeldinger", label: t.admin.nav.notices },
    { href: "/admin/gjennomganger", label: t.reviews.support.title },
    // Operations (issue 9, admin-b); /admin/innlogging now leads to /admin/tjenester.
    { href: "/admin/tjenester", label: t.operations.nav.services },
    { href: "/admin/foresporsler", label: t.operations.nav.requests },
    { href: "/admin/e-post", label: t.operations.nav.email },
  ] as const;

/** The admin area's sub-navigation; `current` marks the page the user is on. */
export function AdminNav({ current }: { current: ReturnType<typeof links>[number]["href"] }) {
  return (
    <nav aria-label={t.admin.navLabel}>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 border-b border-(--ds-color-neutral-border-subtle) pb-3">
        {links().map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="ds-link"
              aria-current={link.href === current ? "page" : undefined}
            >
              {link.href === current ? <strong>{link.label}</strong> : link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
