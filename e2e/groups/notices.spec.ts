import { wcagViolations } from "../fixtures/axe";
import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { registerMember, uniqueEmail } from "../fixtures/registration";

const GROUP_ADMIN = "15857520170";

/** An instant as a datetime-local value in Oslo time, e.g. "2026-11-23T15:04". */
function osloWallTime(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Oslo",
    dateStyle: "short",
    timeStyle: "short",
  })
    .format(at)
    .replace(" ", "T");
}

test("a scheduled notice for one group shows only to its members and ends by itself", async ({
  browser,
}) => {
  // The notice ends at the next whole minute but one; the journey waits for it.
  test.setTimeout(300_000);
  const adminContext = await browser.newContext();
  const memberContext = await browser.newContext();
  const outsiderContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const member = await memberContext.newPage();
  const outsider = await outsiderContext.newPage();
  const title = `Nedetid VPN ${Date.now().toString(36)}`;
  const until = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000 + 60_000);

  await admin.goto("/logg-inn");
  await loginWithIdporten(admin, GROUP_ADMIN);
  await admin.goto("/medlemsgrupper/helse-demo-hf");
  await admin.getByRole("tab", { name: "Driftsmeldinger" }).click();
  await expect(admin).toHaveURL(/fane=driftsmeldinger/);
  await admin.getByRole("textbox", { name: "Tittel" }).fill(title);
  await admin.getByRole("textbox", { name: "Melding" }).fill("VPN er nede for vedlikehold.");
  await admin.getByLabel("Advarsel").check();
  await admin.getByLabel("Vises til").fill(osloWallTime(until));
  await admin.getByRole("button", { name: "Publiser" }).click();
  await expect(admin.getByText("Driftsmeldingen er publisert.")).toBeVisible();
  const listed = admin.getByTestId("notice").filter({ hasText: title });
  await expect(listed).toContainText("Vises nå");
  await expect(listed).toContainText("Advarsel");

  await registerMember(member, { name: "Mia Medlem", email: uniqueEmail("helse-demo.no") });
  await registerMember(outsider, { name: "Ola Utenfor", email: uniqueEmail("example.org") });
  await member.goto("/oversikt");
  await expect(member.getByTestId("notice").filter({ hasText: title })).toContainText("Advarsel");
  await member.goto("/medlemsgrupper/helse-demo-hf");
  await expect(member.getByText(title)).toBeVisible();
  await outsider.goto("/oversikt");
  await expect(outsider.getByRole("heading", { name: "Driftsmeldinger og varsler" })).toBeVisible();
  await expect(outsider.getByText(title)).toHaveCount(0);

  // Nobody ends it: once its time has passed, it is gone for the member too.
  await expect
    .poll(
      async () => {
        await member.reload();
        return member.getByText(title).count();
      },
      { timeout: 200_000, intervals: [10_000] },
    )
    .toBe(0);
  await admin.reload();
  await expect(admin.getByTestId("notice").filter({ hasText: title })).toContainText("Avsluttet");

  await adminContext.close();
  await memberContext.close();
  await outsiderContext.close();
});

for (const width of [1280, 375]) {
  test(`the group's Driftsmeldinger tab passes WCAG 2.1 AA checks at ${width}px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/logg-inn");
    await loginWithIdporten(page, GROUP_ADMIN);
    await page.goto("/medlemsgrupper/helse-demo-hf?fane=driftsmeldinger");
    await expect(page.getByRole("heading", { name: "Ny driftsmelding for gruppen" })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });
}
