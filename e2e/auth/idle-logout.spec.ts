import type { Page } from "@playwright/test";
import { wcagViolations } from "../fixtures/axe";
import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { newTestPerson } from "../fixtures/people";

/** The server's view: make this browser's session look idle for `seconds`. */
async function idleOnServer(page: Page, seconds: number) {
  expect((await page.request.post(`/api/test/idle-session?seconds=${seconds}`)).ok()).toBe(true);
}

/** The browser's view: `seconds` pass without the person doing anything. */
async function waitInBrowser(page: Page, seconds: number) {
  await page.clock.fastForward(seconds * 1000);
  // Let the once-a-second check run after the jump.
  await page.clock.runFor(1500);
}

async function focusIsInside(page: Page, dialog: ReturnType<Page["getByRole"]>) {
  return dialog.evaluate((el) => el.contains(document.activeElement));
}

for (const width of [1280, 375]) {
  test(`the idle warning comes a minute before the logout, Forbli innlogget keeps the session, and doing nothing logs out with the reason (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.clock.install();
    await page.goto("/logg-inn");
    await loginWithIdporten(page, newTestPerson());
    await expect(page).toHaveURL(/\/registrer$/);
    const dialog = page.getByRole("alertdialog", { name: "Du blir snart logget ut" });
    await expect(dialog).toBeHidden();

    // 14 minutes and 10 seconds without activity: the warning, announced and focused.
    await idleOnServer(page, 14 * 60 + 10);
    await waitInBrowser(page, 14 * 60 + 10);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute("aria-modal", "true");
    await expect(dialog).toHaveAccessibleDescription(/blir du logget ut om \d+ sekunder/);
    const stay = dialog.getByRole("button", { name: "Forbli innlogget" });
    await expect(stay).toBeFocused();
    // Focus stays in the dialog, forwards and backwards.
    for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
      await page.keyboard.press(key);
      expect(await focusIsInside(page, dialog), key).toBe(true);
    }
    // It fits the screen, also on a phone.
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await expect(dialog.getByRole("button", { name: "Logg ut" })).toBeInViewport();
    expect(await wcagViolations(page), "the open dialog").toEqual([]);

    // Forbli innlogget: the session lives on for another 15 minutes.
    await stay.focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    const status = await (await page.request.get("/api/okt")).json();
    expect(status.active).toBe(true);
    expect(status.secondsLeft).toBeGreaterThan(14 * 60);
    await page.reload();
    await expect(page).toHaveURL(/\/registrer$/);

    // Doing nothing: the warning, then the logout, and the login page says why.
    await idleOnServer(page, 14 * 60 + 10);
    await waitInBrowser(page, 14 * 60 + 10);
    await expect(dialog).toBeVisible();
    await idleOnServer(page, 15 * 60 + 1);
    await waitInBrowser(page, 60);
    await expect(page).toHaveURL(/\/logg-inn\?utlopt=1&callbackUrl=%2Fregistrer$/);
    await expect(page.getByRole("status").filter({ hasText: "Du ble logget ut" })).toHaveText(
      "Du ble logget ut etter 15 minutter uten aktivitet. Logg inn på nytt for å fortsette.",
    );
    await page.goto("/registrer");
    await expect(page).toHaveURL(/\/logg-inn\?callbackUrl=%2Fregistrer$/);
  });
}
