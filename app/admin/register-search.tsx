import Link from "next/link";
import { t } from "@/lib/i18n";

/** A GET search over a register list (virksomheter, medlemsgrupper). */
export function RegisterSearch({ q, label, path }: { q: string; label: string; path: string }) {
  const m = t.register.search;
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-3">
      <div className="ds-field grow">
        <label className="ds-label" htmlFor="q">
          {label}
        </label>
        <input
          className="ds-input"
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
        />
      </div>
      <button type="submit" className="ds-button" data-variant="primary">
        {m.button}
      </button>
      {q ? (
        <Link href={path} className="ds-button" data-variant="tertiary">
          {m.reset}
        </Link>
      ) : null}
    </form>
  );
}

/** The first value of a search parameter, trimmed and bounded. */
export function searchParam(value: string | string[] | undefined, max = 200): string {
  return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim().slice(0, max);
}
