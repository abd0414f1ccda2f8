import { describe, expect, it } from "vitest";
import { isValidOrgNumber } from "./org-number";

describe("isValidOrgNumber", () => {
  it("accepts numbers whose mod-11 check digit matches", () => {
    expect(isValidOrgNumber("991000003")).toBe(true);
    expect(isValidOrgNumber("974760673")).toBe(true);
  });

  it("refuses a wrong check digit, wrong length and letters", () => {
    expect(isValidOrgNumber("991000004")).toBe(false);
    expect(isValidOrgNumber("99100000")).toBe(false);
    expect(isValidOrgNumber("9910000031")).toBe(false);
    expect(isValidOrgNumber("99100000a")).toBe(false);
  });
});
