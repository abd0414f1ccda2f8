import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { authenticateAtTestId, loginWithIdporten } from "../e2e/fixtures/idporten";
import { newTestPerson } from "../e2e/fixtures/people";
import { uniqueEmail } from "../e2e/fixtures/registration";
import {
  addPasskey,
  addVirtualAuthenticator,
  withoutPasskeyAutofill,
} from "../e2e/fixtures/webauthn";
import { Balancer } from "./support/balancer";
import { DATABASE, databaseUrl, PORTS, serverUrl } from "./support/env";
import { startInstance, type Instance } from "./support/instances";
import { found, tried } from "./support/report";
import { database, routeToInstance } from "./support/routing";
import { codeSentTo } from "./support/stub-client";

const RESTORED = "mp_rel_restore";
const DUMP = path.resolve("test-results/reliability/backup.dump");

const balancer = new Balancer({ A: PORTS.a, D: PORTS.restored }, "A");
let restored: Instance | undefined;
test.beforeAll(() => balancer.start(PORTS.balancer));
test.afterAll(async () => {
  await restored?.stop();
  await balancer.stop();
  const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${RESTORED} with (force)`);
  await admin.end();
});

/**
 * Row counts of every table, to compare a database with its restored copy. Rate-limit counters
 * and login challenges come and go with every page view, so they are left out.
 */
async function tableCounts(name: string): Promise<Record<string, number>> {
  const sql = database(name);
  try {
    const tables = await sql<Array<{ table_name: string }>>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'
        and table_name not in ('rate_limit_counters', 'webauthn_challenges')
      order by table_name`;
    const counts: Record<string, number> = {};
    for (const { table_name } of tables) {
      const [row] = await sql.unsafe(`select count(*)::int as n from "${table_name}"`);
      counts[table_name] = row!.n as number;
    }
    return counts;
  } finally {
    await sql.end();
  }
}

test("a pg_dump restored into a new database serves the same people: ID-porten and passkey logins work", async ({
  page,
}) => {
  const context = page.context();
  const person = {
    pid: newTestPerson(),
    name: "Berit Backup",
    email: uniqueEmail("helse-demo.no"),
  };
  await withoutPasskeyAutofill(page);
  await addVirtualAuthenticator(page);
  await routeToInstance(context, "A", "person");

  // Someone to find again after the restore: registered, with a passkey.
  await page.goto("/logg-inn");
  await loginWithIdporten(page, person.pid);
  await page.getByLabel("Fullt navn").fill(person.name);
  await page.getByLabel("Jobb-e-post").fill(person.email);
  await page.getByRole("button", { name: "Send kode" }).click();
  // Six digits send the code by themselves.
  await page.getByLabel("Engangskode").fill(await codeSentTo(person.email));
  await expect(page).toHaveURL(/\/registrer\/ferdig/);
  await page.goto("/profil/passnokler");
  await addPasskey(page, "Backup-nøkkel");

  mkdirSync(path.dirname(DUMP), { recursive: true });
  tried(`pg_dump --format=custom of ${DATABASE}, pg_restore into the new database ${RESTORED}`);
  execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${DUMP}`, databaseUrl()], {
    timeout: 60_000,
  });
  const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${RESTORED} with (force)`);
  await admin.unsafe(`create database ${RESTORED}`);
  await admin.end();
  execFileSync(
    "pg_restore",
    ["--no-owner", "--exit-on-error", `--dbname=${databaseUrl(RESTORED)}`, DUMP],
    { timeout: 60_000 },
  );
  const [original, copy] = [await tableCounts(DATABASE), await tableCounts(RESTORED)];
  found(`rows per table in the copy: ${JSON.stringify(copy)}`);
  expect(copy).toEqual(original);

  // A new instance on the copy only, with the same secrets (PID_HMAC_KEY finds people again).
  restored = await startInstance("D", PORTS.restored, {}, RESTORED);
  await context.clearCookies();
  await routeToInstance(context, "D", "person");

  tried("passkey login on the instance that runs on the restored copy");
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med passnøkkel" }).click();
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByText(`Velkommen, ${person.name}`)).toBeVisible();

  await context.clearCookies();
  tried("ID-porten login on the same instance");
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  // TestID may remember the person (single sign-on) or ask again.
  await page.waitForURL((url) => url.pathname !== "/logg-inn");
  if (await page.getByLabel("Fødselsnummer").isVisible()) {
    await authenticateAtTestId(page, person.pid);
  }
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByText(`Velkommen, ${person.name}`)).toBeVisible();

  const sql = database(RESTORED);
  try {
    const logins = await sql<Array<{ method: string }>>`
      select s.method from sessions s join user_emails e on e.user_id = s.user_id
      where e.address = ${person.email} and s.created_at > now() - interval '5 minutes'
      order by s.created_at`;
    found(
      `sessions of the person in the restored database: ${logins.map((l) => l.method).join(", ")}`,
    );
    expect(logins.map((l) => l.method)).toEqual(expect.arrayContaining(["passkey", "idporten"]));
  } finally {
    await sql.end();
  }
});
