import { expect, test } from "@playwright/test";
import { loginWithIdporten } from "../e2e/fixtures/idporten";
import { newTestPerson } from "../e2e/fixtures/people";
import { uniqueEmail } from "../e2e/fixtures/registration";
import {
  addPasskey,
  addVirtualAuthenticator,
  withoutPasskeyAutofill,
} from "../e2e/fixtures/webauthn";
import { Balancer } from "./support/balancer";
import { PORTS } from "./support/env";
import { found } from "./support/report";
import { database, onInstance, routeToInstance } from "./support/routing";
import { codeSentTo, stubState } from "./support/stub-client";

const GROUP = "Sikkerhetsforum for helse";
const GROUP_ADMIN = "15857520170";

const balancer = new Balancer({ A: PORTS.a, B: PORTS.b }, "A");
test.beforeAll(() => balancer.start(PORTS.balancer));
test.afterAll(() => balancer.stop());

test("the first-time journey switches between two instances at every step and loses nothing", async ({
  page,
  browser,
}) => {
  const context = page.context();
  const member = {
    pid: newTestPerson(),
    name: "Ivar Instans",
    email: uniqueEmail("helse-demo.no"),
  };
  // Each step ends when the page is quiet: a prefetch the last page started must not land on
  // the next step's instance count.
  const step = (instance: string, what: string, run: () => Promise<void>) =>
    onInstance(balancer, context, "member", instance, what, async () => {
      await run();
      await page.waitForLoadState("networkidle");
    });
  await withoutPasskeyAutofill(page);
  await addVirtualAuthenticator(page);

  await step("A", "ID-porten login and the profile form", async () => {
    await page.goto("/logg-inn");
    await loginWithIdporten(page, member.pid);
    await expect(page).toHaveURL(/\/registrer$/);
    await page.getByLabel("Fullt navn").fill(member.name);
    await page.getByLabel("Jobb-e-post").fill(member.email);
    await page.getByRole("button", { name: "Send kode" }).click();
    await expect(page).toHaveURL(/\/registrer\/bekreft/);
  });

  await step("B", "the email code", async () => {
    await page.reload();
    // Six digits send the code by themselves.
    await page.getByLabel("Engangskode").fill(await codeSentTo(member.email));
    await expect(page).toHaveURL(/\/registrer\/ferdig/);
    await expect(page.getByText("Du er nå medlem av Helse Demo HF")).toBeVisible();
  });

  await step("A", "a join request to Sikkerhetsforum for helse", async () => {
    await page.goto("/medlemsgrupper?q=Sikkerhetsforum");
    await page
      .getByRole("article", { name: GROUP })
      .getByRole("button", { name: "Send forespørsel" })
      .click();
    await expect(
      page.getByRole("status").filter({ hasText: "Forespørselen er sendt" }),
    ).toBeVisible();
  });

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await onInstance(balancer, adminContext, "gunnar", "B", "the group admin approves", async () => {
    await admin.goto("/logg-inn");
    await loginWithIdporten(admin, GROUP_ADMIN);
    await expect(admin).toHaveURL(/\/oversikt$/);
    await admin.goto("/medlemsgrupper/sikkerhetsforum-for-helse?fane=foresporsler");
    const request = admin.getByRole("article", { name: `Forespørsel fra ${member.name}` });
    await request.getByRole("button", { name: "Godkjenn" }).click();
    await expect(
      admin.getByRole("status").filter({ hasText: "Forespørselen er godkjent" }),
    ).toBeVisible();
  });
  await adminContext.close();

  await step("A", "the membership shows, and a passkey is added", async () => {
    await page.goto("/medlemsgrupper");
    const myGroups = page.getByRole("region", { name: "Mine medlemsgrupper" });
    await expect(myGroups.getByRole("listitem").filter({ hasText: GROUP })).toContainText(
      "Godkjent forespørsel",
    );
    await page.goto("/profil/passnokler");
    await addPasskey(page, "Jobbtelefonen");
  });

  // A new visit from the same device: no cookies, only the passkey.
  await context.clearCookies();
  await step("B", "passkey login", async () => {
    await page.goto("/logg-inn");
    await page.getByRole("button", { name: "Logg inn med passnøkkel" }).click();
    await expect(page).toHaveURL(/\/oversikt$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oversikt");
  });

  const cookiesBeforeLogout = await context.cookies();
  await step("A", "logout", async () => {
    await page.getByRole("button", { name: "Logg ut" }).first().click();
    await expect(page.getByRole("link", { name: "Logg inn" }).first()).toBeVisible();
  });

  // The old session cookie, replayed on B (another tab, or a copied cookie): the session is over.
  await context.addCookies(cookiesBeforeLogout);
  await step("B", "the session cookie from before the logout", async () => {
    await page.goto("/oversikt");
    await expect(page).toHaveURL(/\/logg-inn/);
  });

  const sql = database();
  try {
    // The first (ID-porten) session was left behind when the cookies were cleared; the passkey
    // session is the one that logged out.
    const [user] = await sql<Array<{ id: string; sessions: number; passkeys: number }>>`
      select u.id,
        (select count(*)::int from sessions s where s.user_id = u.id and s.method = 'passkey')
          as sessions,
        (select count(*)::int from passkeys p where p.user_id = u.id) as passkeys
      from users u join user_emails e on e.user_id = u.id
      where e.address = ${member.email}`;
    const groups = await sql<Array<{ name: string }>>`
      select g.name from memberships m join member_groups g on g.id = m.group_id
      where m.user_id = ${user!.id} order by g.name`;
    found(
      `in PostgreSQL: ${user!.sessions} passkey session(s), ${user!.passkeys} passkey(s), groups ${groups.map((g) => g.name).join(", ")}`,
    );
    expect(user).toMatchObject({ sessions: 0, passkeys: 1 });
    expect(groups.map((g) => g.name)).toEqual(["Helse Demo HF", GROUP]);
  } finally {
    await sql.end();
  }

  // Both instances run the outbox worker: still every email went exactly once.
  const { requests, delivered } = await stubState();
  const keys = requests.map((r) => r.idempotencyKey);
  found(
    `email provider: ${requests.length} request(s), ${new Set(keys).size} distinct keys, ${delivered.length} delivered; to the member: ${delivered.filter(([, m]) => m.to.includes(member.email)).length}`,
  );
  expect(new Set(keys).size).toBe(keys.length);
  // The code, and the security notice about the new passkey: each once.
  const toMember = delivered
    .filter(([, m]) => m.to.includes(member.email))
    .map(([, m]) => m.subject);
  expect(toMember.sort()).toEqual(["Bekreft din e-postadresse", "Ny passnøkkel på kontoen din"]);
  expect(Object.keys(balancer.servedSince(0, "member")).sort()).toEqual(["A", "B"]);
  await routeToInstance(context, "A", "member");
});
