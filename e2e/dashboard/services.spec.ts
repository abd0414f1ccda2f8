import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";

// The demo group admin is a registered member of Helse Demo HF (seeded).
const MEMBER = "15857520170";

test("services that need a phishing-resistant login are locked after an ID-porten substantial login", async ({
  page,
}) => {
  await page.goto("/logg-inn");
  await loginWithIdporten(page, MEMBER, "idporten-loa-substantial");
  await expect(page).toHaveURL(/\/oversikt$/);
  const sensors = page.getByRole("listitem").filter({ hasText: "Varsler fra sensorene" });
  await expect(sensors.getByText("Låst")).toBeVisible();
  await expect(
    sensors.getByText(/Krever innlogging med passnøkkel eller ID-porten på høyt sikkerhetsnivå/),
  ).toBeVisible();
  await expect(sensors.getByRole("link", { name: /Åpne/ })).toHaveCount(0);
  const threats = page.getByRole("listitem").filter({ hasText: "Trusselvurderinger" });
  await expect(threats.getByRole("link", { name: /Åpne/ })).toBeVisible();

  // The service page checks too; a direct link does not open it.
  await page.goto("/tjenester/varsler-fra-sensorene");
  await expect(
    page.getByText("Du har ikke tilgang til tjenesten med innloggingen du har nå."),
  ).toBeVisible();
});

test("an ID-porten high login opens the phishing-resistant services", async ({ page }) => {
  await page.goto("/logg-inn");
  await loginWithIdporten(page, MEMBER, "idporten-loa-high");
  await expect(page).toHaveURL(/\/oversikt$/);
  const sensors = page.getByRole("listitem").filter({ hasText: "Varsler fra sensorene" });
  await sensors.getByRole("link", { name: /Åpne/ }).click();
  // The service signs in through the portal (the demo service stands in for it).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Du er logget inn i Varsler fra sensorene",
  );
});
