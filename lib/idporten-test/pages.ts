/** HTML of the test provider's own pages, in Norwegian bokmål like ID-porten's TestID. */

export const LEVELS = [
  { value: "idporten-loa-substantial", label: "Betydelig (idporten-loa-substantial)" },
  { value: "idporten-loa-high", label: "Høy (idporten-loa-high)" },
  { value: "idporten-loa-low", label: "Lav – kun for å teste avvisning (idporten-loa-low)" },
] as const;

export type Level = (typeof LEVELS)[number]["value"];

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
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f1f2f4;color:#1e2b3c;line-height:1.5}
header{background:#1e2b3c;color:#fff;padding:.75rem 1.25rem;font-weight:600}
main{max-width:30rem;margin:2rem auto;padding:0 1rem}
.card{background:#fff;border-radius:.5rem;padding:1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.5rem;margin:0 0 1rem}
.notice{background:#fff5d9;border-left:4px solid #e0a800;padding:.75rem 1rem;margin:0 0 1.5rem;font-size:.95rem}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input,select{width:100%;font:inherit;padding:.6rem .75rem;border:1px solid #68707c;border-radius:.25rem;background:#fff}
input:focus,select:focus,button:focus,a:focus{outline:3px solid #0062ba;outline-offset:2px}
input[aria-invalid=true]{border:2px solid #c30000}
.error{color:#c30000;font-weight:600;margin:.25rem 0 0}
.actions{display:flex;gap:1rem;align-items:center;margin-top:1.5rem;flex-wrap:wrap}
button{font:inherit;font-weight:600;padding:.65rem 1.5rem;border-radius:.25rem;cursor:pointer}
.primary{background:#0062ba;color:#fff;border:2px solid #0062ba}
.primary:hover{background:#004b8f}
.secondary{background:none;color:#0062ba;border:none;text-decoration:underline;padding:.65rem .25rem}
`;

function layout(title: string, body: string, head = ""): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
${head}
</head>
<body>
<header>ID-porten (lokal test)</header>
<main><div class="card">${body}</div></main>
</body>
</html>`;
}

export type LoginPageInput = {
  uid: string;
  clientName: string;
  nationalId?: string;
  level: Level;
  error?: string;
};

export function loginPage({
  uid,
  clientName,
  nationalId = "",
  level,
  error,
}: LoginPageInput): string {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const options = LEVELS.map(
    (l) =>
      `<option value="${l.value}"${l.value === level ? " selected" : ""}>${escapeHtml(l.label)}</option>`,
  ).join("");
  const errorHtml = error ? `<p class="error" id="pid-error">${escapeHtml(error)}</p>` : "";
  const invalid = error ? ` aria-invalid="true" aria-describedby="pid-error" autofocus` : "";
  return layout(
    "TestID – lokal testinnlogging",
    `<h1>TestID – lokal testinnlogging</h1>
<p class="notice" role="note">Dette er en lokal testleverandør for utvikling og testing, ikke ekte ID-porten.
Bruk bare syntetiske testnumre. Du logger inn i <strong>${escapeHtml(clientName)}</strong>.</p>
<form method="post" action="${action}/login" novalidate>
<label for="pid">Fødselsnummer</label>
<input id="pid" name="pid" type="text" inputmode="numeric" autocomplete="off" maxlength="11" value="${escapeHtml(nationalId)}"${invalid}>
${errorHtml}
<label for="acr">Sikkerhetsnivå</label>
<select id="acr" name="acr">${options}</select>
<div class="actions">
<button type="submit" class="primary">Autentiser</button>
<button type="submit" class="secondary" formaction="${action}/abort">Avbryt</button>
</div>
</form>`,
  );
}

export function messagePage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

/**
 * Logout page: loads each client's front-channel logout URL in a hidden iframe, then confirms the
 * logout on its own once every iframe has loaded (or after 2 seconds).
 */
export function logoutPage(form: string, frontchannelUrls: string[]): string {
  const iframes = frontchannelUrls
    .map((url) => `<iframe src="${escapeHtml(url)}" title="Utlogging" hidden></iframe>`)
    .join("");
  const script = `<script>
(function () {
  var form = document.getElementById("op.logoutForm");
  var frames = Array.prototype.slice.call(document.querySelectorAll("iframe"));
  var pending = frames.length, done = false;
  function submit() { if (!done) { done = true; form.submit(); } }
  frames.forEach(function (f) { f.addEventListener("load", function () { if (--pending <= 0) submit(); }); });
  if (pending === 0) submit();
  setTimeout(submit, 2000);
})();
</script>`;
  return layout(
    "Logger ut",
    `<h1>Logger ut …</h1>
${form}
<input type="hidden" name="logout" value="yes" form="op.logoutForm">
<noscript><button type="submit" class="primary" form="op.logoutForm">Logg ut</button></noscript>
${iframes}
${script}`,
  );
}
