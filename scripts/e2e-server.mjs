// Started by Playwright: a clean database, a production build, then the portal's own server
// (server.mjs, what `npm start` runs).
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import postgres from "postgres";

const port = process.env.E2E_APP_PORT ?? "3100";
const env = { ...process.env, NEXT_SKIP_TYPECHECK: "1" };

if (process.env.DATABASE_URL) {
  const url = new URL(process.env.DATABASE_URL);
  const name = process.env.E2E_DATABASE ?? "medlemsportalen_e2e";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
} else {
  env.PGLITE_DIR = ".data/e2e-pglite";
  rmSync(env.PGLITE_DIR, { recursive: true, force: true });
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  execFileSync("npx", ["next", "build"], { env, stdio: "inherit" });
}
const server = spawn(process.execPath, ["server.mjs", "-p", port], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
