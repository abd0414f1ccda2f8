// Load through autocannon over loopback, and the bench-only counters of the server.
import autocannon, { type Request } from "autocannon";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";

export type Timing = { warmupSeconds: number; seconds: number };

export type LoadResult = {
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  /** The statuses other than 2xx and their counts, e.g. "404 × 12". */
  otherStatuses: string;
  errors: number;
  load: number;
  /** The server's CPU time per request (user + system), when its process is known. */
  cpuMs: number | null;
  /** CPU seconds during the measured run: the server, this process (autocannon and whatever
   * the requests compute, such as the soft authenticator's signatures) and PostgreSQL. */
  cpu: { server: number | null; loadGenerator: number; postgres: number };
  seconds: number;
};

export type Target = {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: Request[];
};

async function fire(url: string, connections: number, seconds: number, target: Target) {
  // autocannon takes an undefined option as a value: pass only the ones given.
  const given = Object.fromEntries(
    Object.entries({
      method: target.method,
      headers: target.headers,
      body: target.body,
      requests: target.requests,
    }).filter(([, value]) => value !== undefined),
  );
  return autocannon({
    url: url + (target.path ?? ""),
    connections,
    duration: seconds,
    timeout: 30,
    ...given,
  });
}

/** A short warm-up (discarded), then the measured run. */
export async function measure(
  url: string,
  connections: number,
  timing: Timing,
  target: Target,
  serverPid: number | null = null,
): Promise<LoadResult> {
  if (timing.warmupSeconds > 0) await fire(url, connections, timing.warmupSeconds, target);
  const cpuBefore = serverPid ? cpuSeconds(serverPid) : 0;
  const ownBefore = process.cpuUsage();
  const postgresBefore = postgresCpuSeconds();
  const result = await fire(url, connections, timing.seconds, target);
  const cpu = serverPid ? cpuSeconds(serverPid) - cpuBefore : null;
  const own = process.cpuUsage(ownBefore);
  return {
    cpuMs: cpu === null ? null : (cpu * 1000) / Math.max(1, result.requests.total),
    cpu: {
      server: cpu,
      loadGenerator: (own.user + own.system) / 1e6,
      postgres: postgresCpuSeconds() - postgresBefore,
    },
    seconds: result.duration,
    reqPerSec: result.requests.total / Math.max(1, result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    otherStatuses: Object.entries(result.statusCodeStats ?? {})
      .filter(([status]) => !status.startsWith("2"))
      .map(([status, { count }]) => `${status} × ${count}`)
      .join(", "),
    errors: result.errors + result.timeouts,
    load: loadavg()[0]!,
  };
}

export type ServerStats = {
  statements: number;
  rss: number;
  heapUsed: number;
  /** Only from builds that report them (older builds: undefined). */
  heapTotal?: number;
  external?: number;
};

export async function serverStats(appUrl: string): Promise<ServerStats> {
  const response = await fetch(`${appUrl}/api/bench/stats`, { cache: "no-store" });
  if (!response.ok) throw new Error(`/api/bench/stats answered ${response.status}`);
  return (await response.json()) as ServerStats;
}

/** `--cpu-prof DIR`: the server profiles itself (main thread) between these two calls. */
export async function startProfile(appUrl: string): Promise<void> {
  const response = await fetch(`${appUrl}/api/bench/profile`, {
    method: "POST",
    body: JSON.stringify({ action: "start" }),
  });
  if (!response.ok) throw new Error(`/api/bench/profile answered ${response.status}`);
}

export async function stopProfile(appUrl: string, file: string): Promise<void> {
  const response = await fetch(`${appUrl}/api/bench/profile`, {
    method: "POST",
    body: JSON.stringify({ action: "stop" }),
  });
  if (!response.ok) throw new Error(`/api/bench/profile answered ${response.status}`);
  const { mkdirSync, writeFileSync } = await import("node:fs");
  const { dirname } = await import("node:path");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await response.text());
}

export type Probe = {
  statementsPerRequest: number;
  htmlBytes: number;
  status: number;
  html: string;
};

/** The counter once the requests still in flight from a load run have finished. */
async function settledStatements(appUrl: string): Promise<number> {
  let last = (await serverStats(appUrl)).statements;
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const now = (await serverStats(appUrl)).statements;
    if (now === last) return now;
    last = now;
  }
  return last;
}

/**
 * Requests one at a time and reads the server's statement counter around them. The
 * counter is process-wide, so the background loops (email delivery every 15 s) may add
 * a statement now and then; the floor shows how much.
 */
export async function probe(appUrl: string, target: Target, count = 20): Promise<Probe> {
  const before = await settledStatements(appUrl);
  let htmlBytes = 0;
  let status = 0;
  let html = "";
  for (let i = 0; i < count; i++) {
    const response = await fetch(appUrl + (target.path ?? ""), {
      method: target.method ?? "GET",
      headers: { ...target.headers, "accept-encoding": "identity" },
      body: target.body,
      redirect: "manual",
      cache: "no-store",
    });
    const body = await response.arrayBuffer();
    htmlBytes = body.byteLength;
    html = new TextDecoder().decode(body);
    status = response.status;
  }
  const after = (await serverStats(appUrl)).statements;
  return { statementsPerRequest: (after - before) / count, htmlBytes, status, html };
}

/** The server process (server.mjs, or `next start`'s): in the process group the benchmark started. */
export function findServerPid(groupId: number): number | null {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (Number(fields[2]) !== groupId) continue;
      // `next start` renames its server process; server.mjs serves in the process itself.
      if (cmdline.startsWith("next-server") || cmdline.split("\0").includes("server.mjs")) {
        return Number(entry);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

/** CPU seconds (user + system) the process has used so far. */
/** All PostgreSQL processes on this machine (the bench's database is the only busy one). */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres")
        total += cpuSeconds(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of /proc/pid/stat, in clock ticks (100 a second).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
