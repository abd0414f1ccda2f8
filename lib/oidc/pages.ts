import { t } from "@/lib/i18n";
import { currentLocale } from "@/lib/i18n/locale";

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:Inter,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f4f5f6;color:#1e2b3c;line-height:1.5}
header{background:#fff;border-bottom:1px solid #d2d5d8;padding:1rem 1.25rem;font-weight:600}
main{max-width:34rem;margin:2.5rem auto;padding:0 1rem}
.card{background:#fff;border-radius:.5rem;padding:1.75rem;border:1px solid #d2d5d8}
h1{font-size:1.5rem;margin:0 0 1rem}
button{font:inherit;font-weight:600;padding:.7rem 1.5rem;border-radius:.25rem;cursor:pointer;background:#0062ba;color:#fff;border:2px solid #0062ba}
button:hover{background:#004b8f}
button:focus,a:focus{outline:3px solid #0062ba;outline-offset:2px}
a{color:#0062ba}
.muted{color:#555;font-size:.9rem}
`;

/** A page the provider renders itself (errors, logout): plain HTML in the portal's colours. */
export function providerPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="${currentLocale()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ${escapeHtml(t.common.portalName)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">${escapeHtml(t.common.portalName)}</a></header>
<main id="hovedinnhold"><div class="card">${body}</div></main>
</body>
</html>`;
}

export function messagePage(title: string, ...paragraphs: string[]): string {
  const text = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  return providerPage(title, `<h1>${escapeHtml(title)}</h1>${text}`);
}

/** RP-initiated logout: the provider's form with one visible button (no script needed). */
export function logoutPage(form: string): string {
  const m = t.oidc.logout;
  return providerPage(
    m.title,
    `<h1>${escapeHtml(m.heading)}</h1>
<p>${escapeHtml(m.body)}</p>
${form}
<input type="hidden" name="logout" value="yes" form="op.logoutForm">
<button type="submit" form="op.logoutForm">${escapeHtml(m.confirm)}</button>`,
  );
}
