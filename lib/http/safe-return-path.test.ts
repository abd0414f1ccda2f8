import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps a local path with its query", () => {
    expect(safeReturnPath("/profil?fane=passnokler")).toBe("/profil?fane=passnokler");
  });

  it("refuses other sites and odd input", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "profil",
      "/a\nb",
      42,
      null,
    ]) {
      expect(safeReturnPath(bad)).toBeNull();
    }
  });
});
