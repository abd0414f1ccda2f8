/** HTML of the demo service (a stand-in for a CERT system that signs in through the portal). */

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f5f3ef;color:#222;line-height:1.5}
header{background:#3b2f63;color:#fff;padding:.8rem 1.25rem;font-weight:600}
main{max-width:40rem;margin:2rem auto;padding:0 1rem}
.card{background:#fff;border-radius:.5rem;padding:1.5rem;border:1px solid #ddd}
h1{font-size:1.5rem;margin:0 0 1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}
dt{font-weight:600}
dd{margin:0;word-break:break-all}
.button,button{display:inline-block;font:inherit;font-weight:600;padding:.6rem 1.25rem;border-radius:.25rem;background:#3b2f63;color:#fff;border:0;text-decoration:none;cursor:pointer}
.button:focus,button:focus{outline:3px solid #7a5cff;outline-offset:2px}
.note{color:#555;font-size:.9rem}
`;

export function layout(serviceName: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(serviceName)} (demo)</title>
<style>${STYLE}</style>
</head>
<body>
<header>${escapeHtml(serviceName)} – demotjeneste</header>
<main><div class="card">${body}</div></main>
</body>
</html>`;
}

export type DemoUser = {
  sub: string;
  name?: string;
  email?: string;
  groups: string[];
  organisations: string[];
  acr?: string;
  amr: string[];
};

const METHODS: Record<string, string> = {
  passkey: "passnøkkel",
  "idporten-loa-high": "ID-porten, høyt nivå",
  "idporten-loa-substantial": "ID-porten, betydelig nivå",
};

export function signedInPage(serviceName: string, base: string, user: DemoUser): string {
  const list = (items: string[]) => (items.length ? items.map(escapeHtml).join(", ") : "–");
  return layout(
    serviceName,
    `<h1>Du er logget inn i ${escapeHtml(serviceName)}</h1>
<p>Portalen har fortalt tjenesten hvem du er:</p>
<dl>
<dt>Navn</dt><dd data-claim="name">${escapeHtml(user.name ?? "–")}</dd>
<dt>E-post</dt><dd data-claim="email">${escapeHtml(user.email ?? "–")}</dd>
<dt>Grupper</dt><dd data-claim="groups">${list(user.groups)}</dd>
<dt>Virksomheter</dt><dd data-claim="organisations">${list(user.organisations)}</dd>
<dt>Innlogget med</dt><dd data-claim="acr">${escapeHtml(METHODS[user.acr ?? ""] ?? user.acr ?? "–")}</dd>
<dt>Metode (amr)</dt><dd data-claim="amr">${list(user.amr)}</dd>
<dt>Bruker-ID hos tjenesten</dt><dd data-claim="sub">${escapeHtml(user.sub)}</dd>
</dl>
<form method="post" action="${base}/logout"><button type="submit">Logg ut</button></form>`,
  );
}

export function signedOutPage(serviceName: string, base: string, message?: string): string {
  return layout(
    serviceName,
    `<h1>Du er ikke logget inn i ${escapeHtml(serviceName)}</h1>
${message ? `<p role="status">${escapeHtml(message)}</p>` : ""}
<p><a class="button" href="${base}/login">Logg inn via Medlemsportalen</a></p>
<p class="note">Dette er en demotjeneste for utvikling og testing.</p>`,
  );
}

export function errorPage(serviceName: string, base: string, message: string): string {
  return layout(
    serviceName,
    `<h1>Innloggingen feilet</h1><p>${escapeHtml(message)}</p>
<p><a class="button" href="${base}/login">Prøv igjen</a></p>`,
  );
}
