import { describe, expect, it } from "vitest";
import { createGate } from "./pool-gate";
import { DatabaseUnavailableError } from "./unavailable";

const never = () => new Promise<never>(() => {});
const stale = () => Object.assign(new Error("terminating connection"), { code: "57P01" });

describe("the database pool gate", () => {
  it("fails the next caller fast when every place is taken, and lets it in once one is free", async () => {
    const gate = createGate({ size: 1, waitMs: 100, deadlineMs: 10_000 });
    let finish = () => {};
    const first = gate.run(() => new Promise<void>((resolve) => (finish = resolve)));
    const started = performance.now();
    await expect(gate.run(async () => "second")).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(performance.now() - started).toBeLessThan(1_000);
    finish();
    await first;
    await expect(gate.run(async () => "third")).resolves.toBe("third");
  });

  it("gives up on work past its deadline, tells the work, and keeps the place until it ends", async () => {
    const gate = createGate({ size: 1, waitMs: 50, deadlineMs: 100 });
    let abandoned = false;
    await expect(gate.run(never, { onAbandon: () => (abandoned = true) })).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    expect(abandoned).toBe(true);
    expect(gate.stats().active).toBe(1);
  });

  it("repeats work that failed at once on a dead pooled connection, only when that is safe", async () => {
    const gate = createGate({ size: 3, waitMs: 50, deadlineMs: 1_000 });
    let calls = 0;
    const flaky = async () => {
      if (++calls === 1) throw stale();
      return "ok";
    };
    await expect(gate.run(flaky, { safeToRepeat: () => true })).resolves.toBe("ok");
    calls = 0;
    await expect(gate.run(flaky, { safeToRepeat: () => false })).rejects.toMatchObject({
      code: "57P01",
    });
  });

  it("repeats a read refused because the connection was opened while PostgreSQL restarted", async () => {
    const gate = createGate({ size: 3, waitMs: 50, deadlineMs: 1_000 });
    let calls = 0;
    const refusedOnce = async () => {
      if (++calls === 1) {
        throw Object.assign(new Error("the database system is shutting down"), { code: "57P03" });
      }
      return "ok";
    };
    await expect(gate.run(refusedOnce, { safeToRepeat: () => true })).resolves.toBe("ok");
    expect(calls).toBe(2);
  });

  it("does not repeat work that was in flight when the connection died", async () => {
    const gate = createGate({ size: 3, waitMs: 50, deadlineMs: 5_000 });
    let calls = 0;
    const inFlight = async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 600));
      throw stale();
    };
    await expect(gate.run(inFlight, { safeToRepeat: () => true })).rejects.toMatchObject({
      code: "57P01",
    });
    expect(calls).toBe(1);
  });
});
