import { expect, test, type Page, type Response } from "@playwright/test";
import { authenticateAtTestId, loginWithIdporten } from "../e2e/fixtures/idporten";
import { newTestPerson } from "../e2e/fixtures/people";
import { uniqueEmail } from "../e2e/fixtures/registration";
import { t } from "../lib/i18n";
import { Balancer } from "./support/balancer";
import { DATABASE, PORTS } from "./support/env";
import { isReady, lockWaiters, startPostgres, stopPostgres } from "./support/postgres-control";
import { found, tried } from "./support/report";
import { database, routeToInstance } from "./support/routing";
import { codeSentTo } from "./support/stub-client";

const balancer = new Balancer({ A: PORTS.a, B: PORTS.b }, "A");
test.beforeAll(() => balancer.start(PORTS.balancer));
test.afterAll(async () => {
  await balancer.stop();
  // Never leave the server down for the next test run, whatever happened here.
  if (!isReady()) await startPostgres();
});

const GROUP_ADMIN = "15857520170";
const unavailable = t.common.unavailable;

async function health(port: number): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/helse`).catch(() => null);
  if (!response) return { status: 0, body: null };
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** What a person sees on a 503 page: the Norwegian text, no stack trace. */
async function expectTryAgainPage(page: Page, response: Response | null, what: string) {
  const body = await page.locator("body").innerText();
  found(`${what}: HTTP ${response?.status()} "${body.replace(/\s+/g, " ").slice(0, 140)}…"`);
  expect(response?.status()).toBe(503);
  await expect(page.getByText(/Prøv igjen om litt/).first()).toBeVisible();
  expect(body).not.toMatch(/at \w+ \(|Error:|node_modules|stack/i);
}

test("PostgreSQL stopped and started mid-journey: requests in flight get 503 'prøv igjen', nothing is half-stored, the next requests work", async ({
  browser,
}) => {
  // Three people, each mid-way through something that writes several rows.
  const codePerson = { pid: newTestPerson(), email: uniqueEmail("helse-demo.no") };
  const newcomer = newTestPerson();
  const contexts = {
    code: await browser.newContext(),
    login: await browser.newContext(),
    admin: await browser.newContext(),
  };
  await routeToInstance(contexts.code, "B", "code");
  await routeToInstance(contexts.login, "A", "login");
  await routeToInstance(contexts.admin, "A", "admin");
  const codePage = await contexts.code.newPage();
  const loginPage = await contexts.login.newPage();
  const adminPage = await contexts.admin.newPage();

  // The code person: registered, five digits typed, about to type the sixth (on B).
  await codePage.goto("/logg-inn");
  await loginWithIdporten(codePage, codePerson.pid);
  await codePage.getByLabel("Fullt navn").fill("Rita Restart");
  await codePage.getByLabel("Jobb-e-post").fill(codePerson.email);
  await codePage.getByRole("button", { name: "Send kode" }).click();
  await expect(codePage).toHaveURL(/\/registrer\/bekreft/);
  // Five of the six digits: the sixth, typed later, sends the code by itself.
  const code = await codeSentTo(codePerson.email);
  await codePage.getByLabel("Engangskode").fill(code.slice(0, 5));
  // The newcomer: at TestID, about to press Autentiser (callback on A).
  await loginPage.goto("/logg-inn");
  await loginPage.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  await loginPage.getByLabel("Fødselsnummer").fill(newcomer);
  // The group admin: logged in on A, about to open the dashboard.
  await adminPage.goto("/logg-inn");
  await loginWithIdporten(adminPage, GROUP_ADMIN);
  await expect(adminPage).toHaveURL(/\/oversikt$/);

  const sql = database();
  const before = await counts(sql, codePerson.email);
  await sql.end();

  // Hold the requests inside PostgreSQL: audit rows cannot be written and notifications not read,
  // so each request is stopped after it has done part of its work, in its transaction.
  // The lock holder's connection is cut with all the others when PostgreSQL stops; its
  // transaction is never finished by us (a write on a cut connection trips a postgres.js bug).
  const locker = database();
  let releaseLocks = () => {};
  let locked = () => {};
  const locksTaken = new Promise<void>((resolve) => (locked = resolve));
  void locker
    .begin(async (tx) => {
      await tx`lock table audit_events in exclusive mode`;
      await tx`lock table notifications in access exclusive mode`;
      locked();
      await new Promise<void>((resolve) => (releaseLocks = resolve));
    })
    .catch(() => {});
  await locksTaken;
  const watcher = database();
  let stopped = false;
  await expect.poll(async () => (await lockWaiters(watcher, DATABASE)).length).toBe(0);

  try {
    tried(
      "three requests in flight: a code confirmation (server action, B), an ID-porten callback (A), a page (A)",
    );
    const confirmResponse = codePage.waitForResponse(
      (r) => r.request().method() === "POST" && r.url().includes("/registrer/bekreft"),
    );
    // Not awaited: each click waits for its answer, which comes only after the outage.
    const clicks = [codePage.getByLabel("Engangskode").pressSequentially(code.slice(5))];
    const callbackResponse = loginPage.waitForResponse((r) =>
      r.url().includes("/api/auth/callback/idporten"),
    );
    clicks.push(loginPage.getByRole("button", { name: "Autentiser" }).click());
    const pageResponse = adminPage.goto("/oversikt");
    let waiting: string[] = [];
    await expect
      .poll(async () => (waiting = await lockWaiters(watcher, DATABASE)).length, {
        message: "three requests waiting in PostgreSQL",
      })
      .toBeGreaterThanOrEqual(3)
      .catch(async (error: Error) => {
        const activity = await watcher`
        select state, wait_event_type, wait_event, left(query, 70) as query
        from pg_stat_activity where datname = ${DATABASE}`;
        throw new Error(`${error.message}\nactivity: ${JSON.stringify(activity, null, 1)}`);
      });
    found(`${waiting.length} requests wait inside PostgreSQL: ${JSON.stringify(waiting)}`);
    await watcher.end({ timeout: 1 }).catch(() => {});

    stopPostgres();
    stopped = true;
    found(
      `health while down: A ${JSON.stringify(await health(PORTS.a))}, B ${JSON.stringify(await health(PORTS.b))}`,
    );
    expect((await health(PORTS.a)).status).toBe(503);
    expect((await health(PORTS.b)).body).toEqual({ status: "unavailable" });
    const downPage = await contexts.admin.newPage();
    await expectTryAgainPage(downPage, await downPage.goto("/profil"), "a new page while down");
    await downPage.close();

    await Promise.all(clicks);
    await expectTryAgainPage(loginPage, await callbackResponse, "the ID-porten callback in flight");
    await expect(loginPage.getByRole("heading", { level: 1 })).toHaveText(unavailable.heading);
    await expectTryAgainPage(adminPage, await pageResponse, "the dashboard in flight");
    const confirmed = await confirmResponse;
    found(`the code confirmation in flight: HTTP ${confirmed.status()}`);
    expect(confirmed.status()).toBe(503);
    await expect(codePage.getByText(t.common.errors.unavailable)).toBeVisible();
  } finally {
    if (stopped) await startPostgres();
    else releaseLocks();
    await watcher.end({ timeout: 1 }).catch(() => {});
    await locker.end({ timeout: 1 }).catch(() => {});
  }

  await expect
    .poll(async () => [(await health(PORTS.a)).status, (await health(PORTS.b)).status])
    .toEqual([200, 200]);
  found("health after the start: A 200, B 200 (same processes, not restarted)");

  const check = database();
  try {
    const after = await counts(check, codePerson.email);
    found(`rows before → after the outage: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    // Nothing half-done: no user or session without its audit row, the code not used up
    // without a confirmed email and a membership, no membership without its audit row.
    expect(after).toEqual(before);
    expect(after.codeUsed).toBe(0);
    expect(after.codes).toBe(after.codeEmails);

    tried("the same three things again, on the same instances");
    await codePage.getByLabel("Engangskode").fill("");
    await codePage.getByLabel("Engangskode").fill(code);
    await expect(codePage).toHaveURL(/\/registrer\/ferdig/);
    await expect(codePage.getByText("Du er nå medlem av Helse Demo HF")).toBeVisible();

    await loginPage.getByRole("link", { name: unavailable.retry }).click();
    await loginPage.getByRole("button", { name: "Fortsett med ID-porten" }).click();
    // TestID may remember the newcomer (single sign-on) or ask again.
    const testIdForm = loginPage.getByLabel("Fødselsnummer");
    await expect(testIdForm.or(loginPage.getByLabel("Fullt navn"))).toBeVisible();
    if (await testIdForm.isVisible()) await authenticateAtTestId(loginPage, newcomer);
    await expect(loginPage).toHaveURL(/\/registrer$/);

    const reloadStarted = performance.now();
    const again = await adminPage.reload();
    found(
      `the dashboard again: HTTP ${again?.status()} after ${Math.round(performance.now() - reloadStarted)} ms`,
    );
    expect(again?.status()).toBe(200);
    await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("Oversikt");

    const done = await counts(check, codePerson.email);
    found(`rows after the retries: ${JSON.stringify(done)}`);
    expect(done).toMatchObject({
      users: before.users + 1,
      userCreatedAudits: before.userCreatedAudits + 1,
      codeUsed: 1,
      memberships: 1,
      confirmedAudits: 1,
    });
    expect(done.sessions).toBe(before.sessions + 1);
  } finally {
    await check.end();
    for (const context of Object.values(contexts)) await context.close();
  }
});

/** Rows that must change together, for the code person and the whole portal. */
async function counts(sql: ReturnType<typeof database>, address: string) {
  const [row] = await sql<
    Array<{
      users: number;
      userCreatedAudits: number;
      sessions: number;
      codes: number;
      codeUsed: number;
      codeEmails: number;
      memberships: number;
      confirmedAudits: number;
    }>
  >`
    with person as (select user_id, id from user_emails where address = ${address})
    select
      (select count(*)::int from users) as "users",
      (select count(*)::int from audit_events where action = 'user.created') as "userCreatedAudits",
      (select count(*)::int from sessions) as "sessions",
      (select count(*)::int from email_codes where email_id in (select id from person)) as "codes",
      (select count(*)::int from email_codes
        where email_id in (select id from person) and used_at is not null) as "codeUsed",
      (select count(*)::int from email_outbox
        where to_address = ${address} and subject = 'Bekreft din e-postadresse') as "codeEmails",
      (select count(*)::int from memberships
        where user_id in (select user_id from person)) as "memberships",
      (select count(*)::int from audit_events
        where action = 'email.confirmed' and target_id in (select id::text from person))
        as "confirmedAudits"`;
  return row!;
}
