import { describe, expect, it } from "vitest";
import { describeError } from "./describe-error";

describe("describeError", () => {
  it("keeps the kind and database codes but never the message or parameters", () => {
    const dbError = Object.assign(
      new Error("Failed query: insert ... params: 123456,kari@helse-demo.no"),
      {
        name: "DrizzleQueryError",
        cause: Object.assign(new Error("duplicate key"), {
          code: "23505",
          constraint: "user_emails_confirmed_address",
        }),
      },
    );
    const text = describeError(dbError);
    expect(text).toBe("DrizzleQueryError <- Error:23505:user_emails_confirmed_address");
    expect(text).not.toContain("123456");
    expect(text).not.toContain("kari@");
  });
});
