import Link from "next/link";
import { t } from "@/lib/i18n";

type Props = {
  /** The navigation's name, e.g. "Sider med forespørsler". */
  label: string;
  page: number;
  pages: number;
  /** The address of page n. */
  href: (n: number) => string;
};

/** `Forrige side` / `Neste side` as links (?side=), so they work without JavaScript. */
export function Pager({ label, page, pages, href }: Props) {
  if (pages <= 1) return null;
  const m = t.groups.admin;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="ds-button" data-variant="secondary">
          {m.previousPage}
        </Link>
      ) : null}
      {page < pages ? (
        <Link href={href(page + 1)} className="ds-button" data-variant="secondary">
          {m.nextPage}
        </Link>
      ) : null}
    </nav>
  );
}

/** The address of a page of a group's tab: page 1 has no `side`. */
export function tabPage(slug: string, tab: string | null, n: number): string {
  const params = new URLSearchParams();
  if (tab) params.set("fane", tab);
  if (n > 1) params.set("side", String(n));
  const query = params.toString();
  return `/medlemsgrupper/${slug}${query ? `?${query}` : ""}`;
}
