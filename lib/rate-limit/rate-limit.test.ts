import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/lib/testing/db";
import {
  consumeBucketedRateLimit,
  consumeBucketedRateLimits,
  consumeRateLimit,
  peekRateLimit,
} from "./rate-limit";

setupTestDatabase();

const policy = { name: "test", limit: 3, windowSeconds: 3600 };
let clock = new Date("2026-11-23T09:50:00Z");
function advance(seconds: number) {
  clock = new Date(clock.getTime() + seconds * 1000);
  vi.setSystemTime(clock);
}
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(clock);
});

describe("rate limits", () => {
  it("count in a rolling window, also across a clock hour", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await consumeRateLimit(policy, "a")).allowed).toBe(true);
      advance(60);
    }
    // 10:53: a new clock hour, but the last hour already holds three uses.
    expect((await consumeRateLimit(policy, "a")).allowed).toBe(false);
    expect(await peekRateLimit(policy, "a")).toBe(0);
    advance(60 * 60 - 3 * 60 + 1); // the first use is now more than an hour old
    expect((await consumeRateLimit(policy, "a")).allowed).toBe(true);
    expect((await consumeRateLimit(policy, "a")).allowed).toBe(false);
  });

  it("keeps keys apart and does not record refused uses", async () => {
    for (let i = 0; i < 3; i++) await consumeRateLimit(policy, "b");
    for (let i = 0; i < 5; i++) expect((await consumeRateLimit(policy, "b")).allowed).toBe(false);
    expect((await consumeRateLimit(policy, "c")).allowed).toBe(true);
    advance(3601);
    expect(await peekRateLimit(policy, "b")).toBe(3);
  });

  it("lets exactly the limit through when requests arrive at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => consumeRateLimit(policy, "burst")),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });
});

describe("bucketed rate limits (one statement, no lock)", () => {
  const often = { name: "test-often", limit: 3, windowSeconds: 600 };

  it("lets the limit through in a window, then refuses without recording", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await consumeBucketedRateLimit(often, "a")).allowed).toBe(true);
      advance(30);
    }
    for (let i = 0; i < 3; i++) {
      expect((await consumeBucketedRateLimit(often, "a")).allowed).toBe(false);
    }
    expect(await peekRateLimit(often, "a")).toBe(0);
    expect((await consumeBucketedRateLimit(often, "b")).allowed).toBe(true);
    advance(601);
    expect((await consumeBucketedRateLimit(often, "a")).allowed).toBe(true);
  });

  it("counts concurrent uses one by one", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => consumeBucketedRateLimit(often, "burst")),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });
});

describe("several bucketed limits in one statement", () => {
  const first = { name: "test-first", limit: 2, windowSeconds: 600 };
  const second = { name: "test-second", limit: 3, windowSeconds: 600 };

  it("counts each use once when all are allowed", async () => {
    const results = await consumeBucketedRateLimits([
      { policy: first, key: "x" },
      { policy: second, key: "x" },
    ]);
    expect(results.map((r) => r?.allowed)).toEqual([true, true]);
    expect(results.map((r) => r?.remaining)).toEqual([1, 2]);
    expect(await peekRateLimit(first, "x")).toBe(1);
    expect(await peekRateLimit(second, "x")).toBe(2);
  });

  it("stops at the first used up: nothing after it is counted", async () => {
    await consumeBucketedRateLimit(first, "y");
    await consumeBucketedRateLimit(first, "y");
    const results = await consumeBucketedRateLimits([
      { policy: first, key: "y" },
      { policy: second, key: "y" },
    ]);
    expect(results[0]?.allowed).toBe(false);
    expect(results[1]).toBeNull();
    expect(await peekRateLimit(second, "y")).toBe(3);
    expect(await peekRateLimit(first, "y")).toBe(0);
  });

  it("counts the uses before a refused one, as separate calls would", async () => {
    for (let i = 0; i < 3; i++) await consumeBucketedRateLimit(second, "z");
    const results = await consumeBucketedRateLimits([
      { policy: first, key: "z" },
      { policy: second, key: "z" },
    ]);
    expect(results.map((r) => r?.allowed)).toEqual([true, false]);
    expect(results[1]!.resetAt.getTime()).toBeGreaterThan(Date.now());
    expect(await peekRateLimit(first, "z")).toBe(1);
    expect(await peekRateLimit(second, "z")).toBe(0);
  });

  it("lets exactly each limit through when requests arrive at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        consumeBucketedRateLimits([
          { policy: second, key: "burst" },
          { policy: first, key: "burst" },
        ]),
      ),
    );
    // The first in order (limit 3) lets three through; of those, the next (limit 2) lets two.
    expect(results.filter((r) => r.every((x) => x?.allowed))).toHaveLength(2);
    expect(results.filter((r) => r[0]?.allowed)).toHaveLength(3);
    expect(await peekRateLimit(first, "burst")).toBe(0);
    expect(await peekRateLimit(second, "burst")).toBe(0);
  });
});
