// Chromium for the benchmark: logins through the real ID-porten flow, JavaScript per page,
// the code check request as the browser sends it, and Lighthouse.
import { chromium, type Browser, type BrowserContext, type Cookie } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type Login = { cookies: Cookie[]; header: string };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

function cookieHeader(cookies: Cookie[]): string {
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** /logg-inn → Fortsett med ID-porten → TestID (Fødselsnummer, Sikkerhetsnivå) → back. */
export async function loginWithIdporten(
  browser: Browser,
  appUrl: string,
  pid: string,
  level: "idporten-loa-substantial" | "idporten-loa-high" = "idporten-loa-substantial",
  landsOn: RegExp = /\/(oversikt|registrer)/,
): Promise<Login> {
  const context = await browser.newContext({ baseURL: appUrl, locale: "nb-NO" });
  try {
    const page = await context.newPage();
    await page.goto("/logg-inn");
    await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
    await page.getByLabel("Fødselsnummer").fill(pid);
    await page.getByLabel("Sikkerhetsnivå").selectOption(level);
    await page.getByRole("button", { name: "Autentiser" }).click();
    await page.waitForURL(landsOn, { timeout: 30_000 });
    const cookies = (await context.cookies(appUrl)).filter((c) => !c.name.includes("csrf"));
    return { cookies, header: cookieHeader(cookies) };
  } finally {
    await context.close();
  }
}

export type CapturedRequest = {
  path: string;
  method: string;
  headers: Record<string, string>;
  body: string;
};

/** Types a wrong code on /registrer/bekreft and returns the server action request it sent. */
export async function captureCodeCheck(
  browser: Browser,
  appUrl: string,
  login: Login,
  emailId: string,
): Promise<CapturedRequest> {
  const context = await browser.newContext({ baseURL: appUrl, locale: "nb-NO" });
  try {
    await context.addCookies(login.cookies);
    const page = await context.newPage();
    await page.goto(`/registrer/bekreft?e=${emailId}`);
    await page.getByLabel("Engangskode").fill("000000");
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST"),
      page.getByRole("button", { name: "Bekreft", exact: true }).click(),
    ]);
    const headers = await request.allHeaders();
    const keep: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!name.startsWith(":") && name !== "cookie" && name !== "content-length") {
        keep[name] = value;
      }
    }
    const url = new URL(request.url());
    return {
      path: url.pathname + url.search,
      method: request.method(),
      headers: keep,
      body: request.postData() ?? "",
    };
  } finally {
    await context.close();
  }
}

export type PageScripts = { path: string; scripts: number; gzipBytes: number; status: number };

/** First load in a fresh context: the compressed bytes of every script the page fetched. */
export async function scriptBytes(
  browser: Browser,
  appUrl: string,
  path: string,
  login: Login | null,
): Promise<PageScripts> {
  const context: BrowserContext = await browser.newContext({ baseURL: appUrl, locale: "nb-NO" });
  try {
    if (login) await context.addCookies(login.cookies);
    const page = await context.newPage();
    const response = await page.goto(path, { waitUntil: "networkidle" });
    const entries = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script")
        .map((e) => (e as PerformanceResourceTiming).encodedBodySize),
    );
    return {
      path,
      scripts: entries.length,
      gzipBytes: entries.reduce((a, b) => a + b, 0),
      status: response?.status() ?? 0,
    };
  } finally {
    await context.close();
  }
}

export type LighthouseScores = {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  failed: string[];
};

/** Lighthouse (desktop preset) on each page; `cookie` for the pages behind login. */
export async function lighthouseScores(
  appUrl: string,
  pages: Array<{ path: string; cookie: string | null }>,
): Promise<LighthouseScores[] | { skipped: string }> {
  let lighthouse: typeof import("lighthouse").default;
  let desktop: unknown;
  let launcher: typeof import("chrome-launcher");
  try {
    lighthouse = (await import("lighthouse")).default;
    desktop = (await import("lighthouse/core/config/desktop-config.js")).default;
    launcher = await import("chrome-launcher");
  } catch (error) {
    return { skipped: `the lighthouse package could not be loaded: ${(error as Error).message}` };
  }
  process.env.CHROME_PATH ??= CHROMIUM_PATH;
  let chrome: Awaited<ReturnType<typeof launcher.launch>> | undefined;
  try {
    chrome = await launcher.launch({
      chromePath: process.env.CHROME_PATH,
      chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    });
    const results: LighthouseScores[] = [];
    for (const page of pages) {
      const runner = await lighthouse(
        appUrl + page.path,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices"],
          extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
        },
        desktop as never,
      );
      const lhr = runner?.lhr;
      if (!lhr) throw new Error(`no result for ${page.path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => a.id);
      results.push({
        path: page.path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        failed,
      });
    }
    return results;
  } catch (error) {
    return { skipped: `Lighthouse could not run here: ${(error as Error).message}` };
  } finally {
    try {
      chrome?.kill();
    } catch {
      // Already gone.
    }
  }
}
