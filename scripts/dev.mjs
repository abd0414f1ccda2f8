// npm run dev: the portal, the local ID-porten test provider and the demo service side by side.
import { spawn } from "node:child_process";

// Each child leads its own process group, so stopping it also stops what npx started.
function start(command, args) {
  return spawn(command, args, { stdio: "inherit", detached: true });
}

const children = [
  start("npx", ["tsx", "scripts/idporten-test-provider.ts"]),
  // Plays Sårbarhetsoversikt and Varsler fra sensorene, signing in through the portal (/oidc).
  start("npx", ["tsx", "scripts/demo-service.ts"]),
  // The same server as production (client address, 503 page), with Next in development mode.
  start(process.execPath, ["server.mjs", "--dev", ...process.argv.slice(2)]),
];

let stopping = false;
function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  process.exitCode = code;
}

for (const child of children) child.on("exit", (code) => stopAll(code ?? 0));
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
