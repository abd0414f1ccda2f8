import Link from "next/link";
import { LogoutButton } from "@/components/auth/logout-button";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { LanguageChoice } from "./language-choice";

const navLinks = () => [
  { href: "/oversikt", label: t.common.nav.overview },
  { href: "/medlemsgrupper", label: t.common.nav.memberGroups },
  { href: "/profil", label: t.common.nav.profile },
];

/** Site header: portal name, and login or the user's navigation (in a menu on phones). */
export async function SiteHeader() {
  return <SiteHeaderView user={await getCurrentUser()} />;
}

/** The header for a given user; separate from the data fetch so it can be rendered in tests. */
export function SiteHeaderView({ user }: { user: CurrentUser | null }) {
  return (
    <header className="relative border-b border-(--ds-color-neutral-border-subtle) bg-(--ds-color-neutral-background-default)">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Brand />
        <div className="hidden items-center gap-4 sm:flex">
          <LanguageChoice />
          {user ? <UserControls user={user} /> : <LoginLink />}
        </div>
        <PhoneMenu user={user} />
      </div>
      {user ? (
        <nav
          aria-label={t.common.mainNavLabel}
          className="hidden border-t border-(--ds-color-neutral-border-subtle) sm:block"
        >
          <ul className="mx-auto flex max-w-6xl gap-6 px-4 sm:px-6">
            <NavItems user={user} linkClassName="ds-link inline-block py-3" />
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

/** The main navigation's links; support staff also get the admin area. */
function NavItems({ user, linkClassName }: { user: CurrentUser; linkClassName: string }) {
  const links =
    user.role === "support"
      ? [...navLinks(), { href: "/admin", label: t.admin.title }]
      : navLinks();
  return links.map((link) => (
    <li key={link.href}>
      <Link href={link.href} className={linkClassName}>
        {link.label}
      </Link>
    </li>
  ));
}

function Brand() {
  return (
    <Link
      href="/"
      className="ds-focus flex items-center gap-2 rounded-(--ds-border-radius-md) text-(--ds-color-neutral-text-default) no-underline sm:gap-3"
    >
      <ShieldIcon />
      <span className="flex flex-col leading-tight">
        <span className="text-lg font-semibold sm:text-xl">{t.common.portalName}</span>{" "}
        <span className="text-xs text-(--ds-color-neutral-text-subtle) sm:text-sm">
          {t.common.certName}
        </span>
      </span>
    </Link>
  );
}

function LoginLink() {
  return (
    <Link href="/logg-inn" className="ds-button">
      {t.common.login}
    </Link>
  );
}

function UserControls({ user }: { user: CurrentUser }) {
  return (
    <>
      {user.registered ? <NotificationBell userId={user.id} /> : null}
      <p className="ds-paragraph" data-size="sm">
        <span className="sr-only">{t.common.loggedInAs} </span>
        <span className="font-medium">{user.name ?? t.common.unnamedUser}</span>
      </p>
      <LogoutButton />
    </>
  );
}

/** Native disclosure, so the menu works without JavaScript and from the keyboard. */
function PhoneMenu({ user }: { user: CurrentUser | null }) {
  return (
    <details className="sm:hidden">
      <summary
        className="ds-button list-none [&::-webkit-details-marker]:hidden"
        data-variant="secondary"
        data-size="sm"
      >
        <MenuIcon />
        {t.common.menu}
      </summary>
      <div className="absolute inset-x-0 top-full z-20 border-b border-(--ds-color-neutral-border-subtle) bg-(--ds-color-neutral-background-default) px-4 py-4 shadow-md">
        {user ? (
          <div className="flex flex-col gap-4">
            <p className="ds-paragraph" data-size="sm">
              {t.common.loggedInAs}{" "}
              <span className="font-medium">{user.name ?? t.common.unnamedUser}</span>
            </p>
            {user.registered ? <NotificationBell userId={user.id} /> : null}
            <nav aria-label={t.common.mainNavLabel}>
              <ul className="flex flex-col">
                <NavItems user={user} linkClassName="ds-link block py-2" />
              </ul>
            </nav>
            <LogoutButton />
          </div>
        ) : (
          <LoginLink />
        )}
        <div className="mt-4">
          <LanguageChoice />
        </div>
      </div>
    </details>
  );
}

function ShieldIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 32 32"
      className="size-8 shrink-0 sm:size-9 text-(--ds-color-accent-base-default)"
    >
      <path
        fill="currentColor"
        d="M16 2 4 6.5v8.2c0 7.4 5.1 13.4 12 15.3 6.9-1.9 12-7.9 12-15.3V6.5L16 2Z"
      />
      <path
        fill="none"
        stroke="white"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        d="m10.5 16 3.8 3.8 7.2-7.6"
      />
    </svg>
  );
}

function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" fill="none">
      <path
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        d="M4 7h16M4 12h16M4 17h16"
      />
    </svg>
  );
}
