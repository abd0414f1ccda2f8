// Started by playwright.reliability.config.ts: a fresh database, one production build, the
// email provider stub, then instances A and B of the portal on one PostgreSQL.
import { execFileSync } from "node:child_process";
import postgres from "postgres";
import { DATABASE, DIST_DIR, instanceEnv, PORTS, serverUrl } from "./env";
import { startInstance, type Instance } from "./instances";
import { ResendStub } from "./resend-stub";

const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
await admin.unsafe(`create database ${DATABASE}`);
await admin.end();

if (process.env.RELIABILITY_SKIP_BUILD !== "1") {
  console.log(`[cluster] next build into ${DIST_DIR}`);
  execFileSync("npx", ["next", "build"], {
    env: { ...process.env, ...instanceEnv(), NEXT_SKIP_TYPECHECK: "1" },
    stdio: "inherit",
  });
}

const stub = new ResendStub();
await stub.start(PORTS.stub);
const instances: Instance[] = [];
// One after the other: the first migrates and loads the demo data.
instances.push(await startInstance("A", PORTS.a));
instances.push(await startInstance("B", PORTS.b));
console.log(`[cluster] A on ${PORTS.a}, B on ${PORTS.b}, email stub on ${PORTS.stub}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void Promise.all(instances.map((i) => i.stop()))
      .then(() => stub.stop())
      .finally(() => process.exit(0));
  });
}
