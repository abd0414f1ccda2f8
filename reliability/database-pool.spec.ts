import { expect, test } from "@playwright/test";
import type postgres from "postgres";
import { loginWithIdporten } from "../e2e/fixtures/idporten";
import { t } from "../lib/i18n";
import { Balancer } from "./support/balancer";
import { DATABASE, PORTS } from "./support/env";
import { startInstance, type Instance } from "./support/instances";
import { found, tried } from "./support/report";
import { database, routeToInstance } from "./support/routing";

const POOL = { size: 2, waitMs: 1_000, statementMs: 4_000 };

const balancer = new Balancer({ A: PORTS.a, B: PORTS.b, C: PORTS.pool }, "A");
let small: Instance | undefined;
test.beforeAll(async () => {
  await balancer.start(PORTS.balancer);
  small = await startInstance("C", PORTS.pool, {
    DATABASE_POOL_SIZE: String(POOL.size),
    DATABASE_POOL_TIMEOUT_MS: String(POOL.waitMs),
    DATABASE_STATEMENT_TIMEOUT_MS: String(POOL.statementMs),
    // No email polling here: it would take a connection of its own during the test.
    EMAIL_POLL_SECONDS: "0",
  });
});
test.afterAll(async () => {
  await small?.stop();
  await balancer.stop();
});

async function timed(request: Promise<Response>) {
  const started = performance.now();
  const response = await request;
  return { status: response.status, ms: Math.round(performance.now() - started) };
}

/** The small instance's health checks stuck behind the lock, inside PostgreSQL. */
async function stuckHealthChecks(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<Array<{ n: number }>>`
    select count(*)::int as n from pg_stat_activity
    where datname = ${DATABASE} and wait_event_type = 'Lock' and query like '%count(%'`;
  return row!.n;
}

test("a full pool answers 503 at once, the statement timeout frees it, then requests work again", async ({
  page,
}) => {
  await routeToInstance(page.context(), "A", "admin");
  await page.goto("/logg-inn");
  await loginWithIdporten(page, "15857520170");
  await expect(page).toHaveURL(/\/oversikt$/);

  const locker = database();
  const watcher = database();
  let release = () => {};
  let locked = () => {};
  const lockTaken = new Promise<void>((resolve) => (locked = resolve));
  const held = locker
    .begin(async (tx) => {
      await tx`lock table email_outbox in access exclusive mode`;
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    })
    .then(() => "released");
  await lockTaken;
  try {
    tried(
      `instance C with a pool of ${POOL.size}, a ${POOL.waitMs} ms wait for a connection and a ${POOL.statementMs} ms statement timeout; ${POOL.size} health checks stuck behind a lock on email_outbox`,
    );
    const stuckAt = performance.now();
    const stuck = [1, 2].map(() => timed(fetch(`http://127.0.0.1:${PORTS.pool}/api/helse`)));
    await expect.poll(() => stuckHealthChecks(watcher)).toBe(POOL.size);

    const health = await timed(fetch(`http://127.0.0.1:${PORTS.pool}/api/helse`));
    await routeToInstance(page.context(), "C", "admin");
    const pageStarted = performance.now();
    const response = await page.goto("/oversikt");
    const pageMs = Math.round(performance.now() - pageStarted);
    found(
      `with the pool full: health ${health.status} after ${health.ms} ms; the dashboard ${response?.status()} after ${pageMs} ms`,
    );
    expect(health.status).toBe(503);
    expect(health.ms).toBeLessThan(POOL.waitMs + 1_500);
    expect(response?.status()).toBe(503);
    expect(pageMs).toBeLessThan(POOL.waitMs + 3_000);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.common.unavailable.heading);

    const [first, second] = await Promise.all(stuck);
    await expect.poll(() => stuckHealthChecks(watcher), { timeout: 10_000 }).toBe(0);
    const freedMs = Math.round(performance.now() - stuckAt);
    found(
      `the stuck health checks answered ${first!.status} and ${second!.status} (after ${first!.ms} and ${second!.ms} ms); their queries were cancelled after ${freedMs} ms, the lock still held`,
    );
    expect([first!.status, second!.status]).toEqual([503, 503]);
    expect(freedMs).toBeGreaterThanOrEqual(POOL.statementMs - 500);
    expect(freedMs).toBeLessThan(POOL.statementMs + 4_000);

    const again = await page.reload();
    found(`the dashboard on C again, lock still held: ${again?.status()}`);
    expect(again?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oversikt");
  } finally {
    release();
    found(`the lock: ${await held}`);
    await watcher.end();
    await locker.end();
  }
  const healthy = await timed(fetch(`http://127.0.0.1:${PORTS.pool}/api/helse`));
  found(`health on C after the lock: ${healthy.status}`);
  expect(healthy.status).toBe(200);
});
