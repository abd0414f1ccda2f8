import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./unavailable";

const withCode = (code: string) => Object.assign(new Error("x"), { code });

describe("isDatabaseUnavailable", () => {
  it("knows connection failures, shutdowns, overload and timeouts, also wrapped as drizzle does", () => {
    for (const code of [
      "ECONNREFUSED",
      "CONNECTION_CLOSED",
      "CONNECT_TIMEOUT",
      "57P01",
      "57P03",
      "53300",
      "57014",
      "08006",
    ]) {
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
    }
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: withCode("57P01") }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new DatabaseUnavailableError("pool-exhausted"))).toBe(true);
    const refusedTwice = Object.assign(new AggregateError([withCode("ECONNREFUSED")]), {});
    expect(isDatabaseUnavailable(refusedTwice)).toBe(true);
  });

  it("leaves ordinary errors alone: a unique violation or a bug is no outage", () => {
    expect(isDatabaseUnavailable(withCode("23505"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("undefined is not a function"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
