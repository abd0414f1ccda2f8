import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Starts a TypeScript script of the project as its own process (as `npm run db:seed` does).
 * Node itself loads tsx, so the process id is the script's own and a kill really kills it.
 */
export function spawnScript(script: string, env: Record<string, string | undefined>): ChildProcess {
  return spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", path.join(root, script)],
    { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
}

/** Waits for a process to end and gives its exit code and output. */
export function finished(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

/** Polls `check` until it holds, or fails after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
