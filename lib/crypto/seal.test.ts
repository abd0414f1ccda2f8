import { describe, expect, it } from "vitest";
import { seal, unseal } from "./seal";

describe("seal", () => {
  it("round-trips, hides the plaintext and refuses tampering or another purpose", () => {
    const sealed = seal("id-token", "eyJ.pid-15857520170.sig");
    expect(sealed).not.toContain("15857520170");
    expect(unseal("id-token", sealed)).toBe("eyJ.pid-15857520170.sig");
    expect(unseal("other", sealed)).toBeNull();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(unseal("id-token", tampered)).toBeNull();
    expect(unseal("id-token", "not-sealed")).toBeNull();
  });
});
