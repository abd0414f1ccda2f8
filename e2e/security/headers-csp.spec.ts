import { expect, test } from "../fixtures/test";

const ISSUER_ORIGIN = `http://localhost:${process.env.E2E_IDPORTEN_PORT ?? "4100"}`;

function directives(csp: string | undefined): Record<string, string[]> {
  expect(csp, "Content-Security-Policy header").toBeTruthy();
  return Object.fromEntries(
    csp!.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

test("every page has a CSP with a fresh nonce, and every script on it carries that nonce", async ({
  request,
}) => {
  const nonces: string[] = [];
  for (const path of ["/", "/", "/logg-inn", "/hjelp"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const csp = directives(response.headers()["content-security-policy"]);
    const nonce = csp["script-src"]!.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce, `nonce on ${path}`).toBeTruthy();
    nonces.push(nonce!);
    expect(csp["script-src"]).toContain("'strict-dynamic'");
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["form-action"]).toEqual(["'self'", ISSUER_ORIGIN]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(response.headers()["x-frame-options"]).toBe("DENY");

    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, `scripts on ${path}`).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, `${tag} on ${path}`).toContain(`nonce="${nonce}"`);
  }
  // The same page twice gets two nonces, like every other response.
  expect(new Set(nonces).size).toBe(nonces.length);
});

test("an inline script without the nonce does not run, while the portal's own scripts do", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/Content Security Policy/);
  // What an injection would look like: a parser-inserted script in the page, without the nonce.
  await page.route("**/hjelp", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      "</head>",
      "<script>window.__injected = true</script></head>",
    );
    await route.fulfill({ response, body });
  });
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  await page.goto("/hjelp");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBe(
    undefined,
  );
  expect(violations.join("\n")).toMatch(/inline script/);
  // Next's own inline scripts carry the nonce and ran.
  expect(
    await page.evaluate(() => Array.isArray((window as { __next_f?: unknown }).__next_f)),
  ).toBe(true);
});

test("only ID-porten may frame the front-channel logout; the provider's pages have their own policy", async ({
  request,
}) => {
  const frontchannel = await request.get("/api/idporten/frontchannel-logout");
  expect(frontchannel.status()).toBe(200);
  const csp = directives(frontchannel.headers()["content-security-policy"]);
  expect(csp["frame-ancestors"]).toEqual([ISSUER_ORIGIN]);
  expect(frontchannel.headers()["x-frame-options"]).toBeUndefined();

  // oidc-provider's own error page: no scripts of ours, never framed.
  const providerPage = await request.get("/oidc/auth?client_id=finnes-ikke");
  expect(providerPage.headers()["content-type"]).toContain("text/html");
  const provider = directives(providerPage.headers()["content-security-policy"]);
  expect(provider["default-src"]).toEqual(["'none'"]);
  expect(provider["frame-ancestors"]).toEqual(["'none'"]);
  expect(provider["base-uri"]).toEqual(["'none'"]);
});

test("the portal has a favicon, and no HSTS over plain http", async ({ request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\//);
  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  // HSTS is sent only when APP_URL is https (production); the journeys run on http.
  expect((await request.get("/hjelp")).headers()["strict-transport-security"]).toBeUndefined();
});

test("route handlers answer with a fixed policy that runs nothing and is never framed", async ({
  request,
}) => {
  for (const path of ["/api/okt", "/api/helse", "/api/auth/session"]) {
    const response = await request.get(path);
    const csp = directives(response.headers()["content-security-policy"]);
    expect(csp["default-src"], path).toEqual(["'none'"]);
    expect(csp["script-src"], path).toBeUndefined();
    expect(csp["frame-ancestors"], path).toEqual(["'none'"]);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});
