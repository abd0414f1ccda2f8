import { expect, test } from "../fixtures/test";
import { e2eDatabase } from "../fixtures/db";
import { loginAsRegisteredMember } from "../fixtures/webauthn";

test("a closed group is not shown by slug to a non-member: the same 404 as a missing group", async ({
  page,
  consoleGuard,
}) => {
  const sql = e2eDatabase();
  test.skip(!sql, "needs DATABASE_URL to create a closed group");
  const suffix = Date.now().toString(36);
  const slug = `hemmelig-beredskap-${suffix}`;
  try {
    await sql!`
      insert into member_groups (slug, name, join_policy, description)
      values (${slug}, ${`Hemmelig beredskap ${suffix}`}, 'closed', 'Kun for innvidde')`;
  } finally {
    await sql!.end();
  }
  // The 404 of the page is the point of the test.
  consoleGuard.allow(/status of 404/);
  await loginAsRegisteredMember(page, "Olav Utenfor");

  const closed = await page.goto(`/medlemsgrupper/${slug}`);
  expect(closed?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Vi fant ikke siden" })).toBeVisible();
  await expect(page.getByText("Hemmelig beredskap")).toHaveCount(0);
  expect(await page.title()).not.toContain("Hemmelig");
  const closedText = await page.getByRole("main").innerText();

  const missing = await page.goto(`/medlemsgrupper/finnes-ikke-${suffix}`);
  expect(missing?.status()).toBe(404);
  expect(await page.getByRole("main").innerText()).toBe(closedText);
});
