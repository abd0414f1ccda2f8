import Link from "next/link";
import { t } from "@/lib/i18n";

const ITEMS = [
  { href: "/profil", key: "details" },
  { href: "/profil/passnokler", key: "passkeys" },
  { href: "/profil/okter", key: "sessions" },
  { href: "/profil/tilganger", key: "access" },
  { href: "/profil/sikkerhet", key: "security" },
] as const;

/** The tabs of Min profil; `current` is the href of the page showing it. */
export function ProfileNav({ current }: { current: (typeof ITEMS)[number]["href"] }) {
  return (
    <nav aria-label={t.profile.nav.label} className="mb-6 border-b border-gray-300">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {ITEMS.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className={`ds-link inline-block pb-2 no-underline ${
                item.href === current ? "border-b-4 border-current font-semibold" : ""
              }`}
            >
              {t.profile.nav[item.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
