import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { messagesFor } from "../../lib/i18n";
import { e2eDatabase } from "../fixtures/db";
import { authenticateAtTestId } from "../fixtures/idporten";
import { registerMember, uniqueEmail } from "../fixtures/registration";
import { expect, test } from "../fixtures/test";

const nb = messagesFor("nb");
const en = messagesFor("en");

const SUPPORT = "01818012337";

/** The switch in the page header (the footer holds the same one). */
function headerSwitch(page: Page, name: "English" | "Norsk") {
  return page.getByRole("banner").getByRole("button", { name });
}

/**
 * Every static Norwegian text whose English differs, long enough not to match by chance
 * (names and short words such as "OK" read the same in both languages).
 */
function norwegianOnlyTexts(): string[] {
  const found: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === "string") {
      if (a !== b && a.length >= 12 && !a.includes("\n")) found.push(a);
      return;
    }
    if (a && typeof a === "object" && b && typeof b === "object") {
      for (const key of Object.keys(a)) {
        walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
      }
    }
  };
  walk(nb, en);
  return found;
}

// The demo data (service names, service notices) is Norwegian content people wrote, not
// interface text; where it repeats a catalogue text, that text may show on English pages.
const DEMO_DATA = readFileSync(path.join(process.cwd(), "lib/demo/seed.ts"), "utf8");
const NORWEGIAN = norwegianOnlyTexts().filter((text) => !DEMO_DATA.includes(text));

/** Visits each page and lists the Norwegian catalogue texts still visible on it. */
async function norwegianLeftOn(page: Page, paths: string[]): Promise<string[]> {
  const left: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const text = await page.locator("body").innerText();
    for (const norwegian of NORWEGIAN) {
      if (text.includes(norwegian)) left.push(`${path}: ${norwegian}`);
    }
  }
  return left;
}

test.describe("language", () => {
  test("a visitor switches to English and back", async ({ page }) => {
    await page.goto("/hjelp");
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.getByRole("link", { name: nb.common.login, exact: true })).toBeVisible();

    await headerSwitch(page, "English").click();
    // Back on the same page, now in English.
    await expect(page).toHaveURL(/\/hjelp$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: en.common.login, exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Norsk" }).first()).toBeVisible();

    // The choice is remembered.
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.publicPages.home.heading);
    await page.goto("/logg-inn");
    await expect(
      page.getByRole("button", { name: en.auth.continueWithIdporten, exact: true }),
    ).toBeVisible();

    // And undone from the footer.
    await page.getByRole("contentinfo").getByRole("button", { name: "Norsk" }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(
      page.getByRole("button", { name: nb.auth.continueWithIdporten, exact: true }),
    ).toBeVisible();
  });

  test("a member who chooses English gets English pages and emails", async ({ page }) => {
    const email = uniqueEmail("helse-demo.no");
    await registerMember(page, { email, name: "Engla English" });
    await page.goto("/profil");
    await headerSwitch(page, "English").click();
    await expect(page).toHaveURL(/\/profil$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.profile.title);

    const sql = e2eDatabase();
    if (sql) {
      try {
        const [row] = await sql<{ locale: string }[]>`
          select u.locale from users u join user_emails e on e.user_id = u.id
          where e.address = ${email}`;
        expect(row?.locale).toBe("en");
      } finally {
        await sql.end();
      }
    }

    // A code email for a second address goes out in English.
    const second = uniqueEmail("helse-demo.no");
    await page.getByLabel(en.profile.emails.addLabel).fill(second);
    await page.getByRole("button", { name: en.profile.emails.add }).click();
    // The code step opens once the email is queued; the mailbox is read after that, not before.
    await expect(page).toHaveURL(/\/profil\/e-post\/bekreft/);
    const mailbox = await page.context().newPage();
    await mailbox.goto(`/dev/e-post?til=${encodeURIComponent(second)}`);
    await expect(
      mailbox.getByRole("article", { name: en.registration.email.subject }).first(),
    ).toBeVisible();
    await mailbox.close();
  });

  test("no Norwegian is left on the English pages a visitor and a member see", async ({ page }) => {
    test.slow();
    await page.goto("/");
    await headerSwitch(page, "English").click();
    const left = await norwegianLeftOn(page, [
      "/",
      "/hjelp",
      "/logg-inn",
      "/logg-inn?utlopt=1",
      "/logg-inn/feil",
    ]);

    // Registration itself is driven in Norwegian by the shared fixture; then back to English.
    await page.getByRole("contentinfo").getByRole("button", { name: "Norsk" }).click();
    await registerMember(page, { email: uniqueEmail("helse-demo.no") });
    await headerSwitch(page, "English").click();
    left.push(
      ...(await norwegianLeftOn(page, [
        "/oversikt",
        "/medlemsgrupper",
        "/medlemsgrupper?q=kommune",
        "/profil",
        "/profil/passnokler",
        "/profil/passnokler/ny",
        "/profil/okter",
        "/profil/sikkerhet",
        "/profil/tilganger",
        "/varsler",
      ])),
    );
    expect(left).toEqual([]);
  });

  test("support's admin pages are English too", async ({ page }) => {
    test.slow();
    await page.goto("/logg-inn");
    await headerSwitch(page, "English").click();
    // ID-porten is asked to speak English too.
    const authorization = page.waitForRequest(/[?&]ui_locales=en(&|$)/);
    await page.getByRole("button", { name: en.auth.continueWithIdporten, exact: true }).click();
    await authorization;
    await authenticateAtTestId(page, SUPPORT, "idporten-loa-high");
    await expect(page).toHaveURL(/\/oversikt$/);
    const left = await norwegianLeftOn(page, [
      "/admin",
      "/admin/brukere",
      "/admin/virksomheter",
      "/admin/medlemsgrupper",
      "/admin/tjenester",
      "/admin/tjenester/ny",
      "/admin/foresporsler",
      "/admin/driftsmeldinger",
      "/admin/gjennomganger",
      "/admin/revisjonslogg",
      "/admin/e-post",
    ]);
    expect(left).toEqual([]);
  });
});
