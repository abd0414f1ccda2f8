// npm run dev: the portal and the local ID-porten test provider side by side.
import { spawn } from "node:child_process";

const children = [
  spawn("npx", ["tsx", "scripts/idporten-test-provider.ts"], { stdio: "inherit" }),
  spawn("npx", ["next", "dev", ...process.argv.slice(2)], { stdio: "inherit" }),
];

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
}

for (const child of children) {
  child.on("exit", (code) => stopAll(code ?? 0));
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
