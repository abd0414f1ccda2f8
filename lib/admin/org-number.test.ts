import { describe, expect, it } from "vitest";
import { isValidOrgNumber } from "./org-number";

describe("isValidOrgNumber", () => {
  it("accepts real organisation numbers", () => {
    // Brønnøysundregistrene, Digitaliseringsdirektoratet, Norsk helsenett.
    for (const n of ["974760673", "991825827", "994598759"]) expect(isValidOrgNumber(n)).toBe(true);
  });

  it("refuses a wrong check digit, other lengths and non-digits", () => {
    for (const n of ["974760674", "97476067", "9747606730", "97476067a", ""]) {
      expect(isValidOrgNumber(n)).toBe(false);
    }
  });
});
