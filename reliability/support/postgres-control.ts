import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import type postgres from "postgres";
import { found, tried } from "./report";

/** The local cluster as Debian's tools name it (e.g. 15/main). */
function cluster(): [string, string] {
  const version = process.env.RELIABILITY_PG_VERSION ?? readdirSync("/etc/postgresql")[0];
  if (!version) throw new Error("no PostgreSQL cluster under /etc/postgresql");
  return [version, "main"];
}

function pgctl(action: "stop" | "start"): void {
  const args = ["--skip-systemctl-redirect", ...cluster(), action];
  if (action === "stop") args.push("-m", "fast");
  execFileSync("pg_ctlcluster", args, { stdio: "inherit", timeout: 60_000 });
}

export function isReady(): boolean {
  try {
    execFileSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-q"], { timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops the local PostgreSQL at once (fast: open transactions are rolled back, connections
 * cut). Every test run on this server, other people's too, sees it for a few seconds.
 */
export function stopPostgres(): void {
  tried(
    "stopping PostgreSQL (pg_ctlcluster … stop -m fast) — every test run on this server is cut off for a few seconds",
  );
  pgctl("stop");
  found(`PostgreSQL stopped: pg_isready says ${isReady() ? "ready" : "not ready"}`);
}

/** Starts it again and waits until it takes connections. */
export async function startPostgres(): Promise<void> {
  const started = Date.now();
  pgctl("start");
  while (!isReady()) {
    if (Date.now() - started > 60_000) throw new Error("PostgreSQL did not come back");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  found(`PostgreSQL started again and ready after ${Date.now() - started} ms`);
}

/** The statements that wait for a lock in `database` right now (their first words). */
export async function lockWaiters(sql: postgres.Sql, database: string): Promise<string[]> {
  const rows = await sql<Array<{ query: string }>>`
    select left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 60) as query from pg_stat_activity
    where datname = ${database} and wait_event_type = 'Lock'`;
  return rows.map((r) => r.query);
}
