import Link from "next/link";

/** "Trenger du hjelp? Se hjelpesiden." — the closing line that points to /hjelp. */
export function HelpLine({ prefix, link }: { prefix: string; link: string }) {
  return (
    <p className="ds-paragraph">
      {prefix}{" "}
      <Link className="ds-link" href="/hjelp">
        {link}
      </Link>
    </p>
  );
}
