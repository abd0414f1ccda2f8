import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { instanceEnv } from "./env";

const root = path.resolve(import.meta.dirname, "../..");

export type Instance = {
  name: string;
  port: number;
  child: ChildProcess;
  stop: () => Promise<void>;
};

/** Polls the health route until the instance answers 200. */
export async function waitForHealth(port: number, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/helse`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`instance on ${port} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Starts one production instance of the built portal the way `npm start` does (server.mjs),
 * with the shared secrets, and waits until it is healthy. Its output is prefixed with its name.
 */
export async function startInstance(
  name: string,
  port: number,
  extra: Record<string, string> = {},
  database?: string,
): Promise<Instance> {
  const child = spawn(process.execPath, ["server.mjs", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, ...instanceEnv(database), ...extra },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = (data: Buffer) =>
    data
      .toString()
      .split("\n")
      .filter(Boolean)
      .forEach((line) => console.log(`[${name}] ${line}`));
  child.stdout?.on("data", prefix);
  child.stderr?.on("data", prefix);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    await Promise.race([
      waitForHealth(port),
      exited.then(() => {
        throw new Error(`instance ${name} exited during start`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, port, child, stop };
}
