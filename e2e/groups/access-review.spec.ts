import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { registerMember, uniqueEmail } from "../fixtures/registration";

const GUNNAR_ADMIN = "15857520170";

test("a group admin finishes an access review and the removed member loses the group's services", async ({
  browser,
}) => {
  const memberContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const member = await memberContext.newPage();
  const admin = await adminContext.newPage();
  const name = `Lars Slutter ${Date.now().toString(36)}`;

  await registerMember(member, { name, email: uniqueEmail("helse-demo.no") });
  await member.goto("/oversikt");
  const sensors = member.getByRole("listitem").filter({ hasText: "Varsler fra sensorene" });
  await expect(sensors).toBeVisible();

  // The quarter begins: Helse Demo HF's admin gets the task.
  await admin.goto("/logg-inn");
  await loginWithIdporten(admin, GUNNAR_ADMIN, "idporten-loa-high");
  const opened = await admin.request.post("/api/test/open-review?gruppe=helse-demo-hf");
  expect(opened.ok()).toBe(true);
  await admin.goto("/medlemsgrupper/helse-demo-hf");
  const task = admin.getByRole("region", { name: "Gjennomgå medlemmer" });
  await task.getByRole("link", { name: "Gjennomgå medlemmer" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(
    "Gjennomgå medlemmer i Helse Demo HF",
  );

  const row = admin.getByRole("row").filter({ hasText: name });
  await expect(row.getByRole("cell", { name: "Automatisk, via e-postdomenet" })).toBeVisible();
  await expect(row.getByRole("radio", { name: "Behold" })).toBeChecked();
  await row.getByRole("radio", { name: "Fjern" }).check();
  await admin.getByRole("button", { name: "Fullfør gjennomgang" }).click();
  await expect(
    admin.getByText(/Gjennomgangen er fullført: \d+ beholdt, 1 fjernet\./),
  ).toBeVisible();

  // The person is told, and the group's services are gone from their dashboard.
  await member.goto("/varsler");
  await expect(member.getByText("Du er fjernet fra medlemsgruppen Helse Demo HF.")).toBeVisible();
  await member.goto("/oversikt");
  await expect(sensors).toHaveCount(0);
  const groups = member.getByRole("region", { name: "Medlemsgruppene dine" });
  await expect(groups.getByRole("link", { name: "Helse Demo HF" })).toHaveCount(0);

  await memberContext.close();
  await adminContext.close();
});
