import { beforeEach, describe, expect, it, vi } from "vitest";

/** The benchmark's routes exist only with APP_ENV=bench; the profiler route works there. */

const mode = vi.hoisted(() => ({ bench: false }));
vi.mock("@/lib/bench/bench-mode", () => ({ benchEnabled: () => mode.bench }));

const { GET: floor } = await import("./floor/route");
const { GET: stats } = await import("./stats/route");
const { POST: profile } = await import("./profile/route");

const post = (body: unknown) =>
  profile(
    new Request("http://localhost/api/bench/profile", {
      method: "POST",
      body: JSON.stringify(body),
    }),
  );

beforeEach(() => {
  mode.bench = false;
});

describe("bench routes", () => {
  it("answer 404 outside APP_ENV=bench, and the profiler does not start", async () => {
    expect((await floor()).status).toBe(404);
    expect((await stats()).status).toBe(404);
    expect((await post({ action: "start" })).status).toBe(404);
    mode.bench = true;
    // Nothing was started by the refused call above.
    expect((await post({ action: "stop" })).status).toBe(409);
  });

  it("profiles the process between start and stop (bench only)", async () => {
    mode.bench = true;
    expect((await post({ action: "nothing" })).status).toBe(400);
    expect((await post({ action: "start" })).status).toBe(204);
    expect((await post({ action: "start" })).status).toBe(409);
    let x = 0;
    for (let i = 0; i < 1e6; i++) x += Math.sqrt(i);
    expect(x).toBeGreaterThan(0);
    const stopped = await post({ action: "stop" });
    expect(stopped.status).toBe(200);
    const body = (await stopped.json()) as { nodes: unknown[]; samples: number[] };
    expect(body.nodes.length).toBeGreaterThan(1);
    expect(Array.isArray(body.samples)).toBe(true);
    expect((await post({ action: "stop" })).status).toBe(409);
  });
});
