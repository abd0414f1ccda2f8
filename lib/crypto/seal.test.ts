import { describe, expect, it } from "vitest";
import { KEY_PURPOSES } from "./keys";
import { seal, unseal } from "./seal";

describe("seal", () => {
  it("round-trips, hides the plaintext and refuses tampering or another purpose", () => {
    const purpose = KEY_PURPOSES.idToken;
    const sealed = seal(purpose, "eyJ.pid-15857520170.sig");
    expect(sealed).not.toContain("15857520170");
    expect(unseal(purpose, sealed)).toBe("eyJ.pid-15857520170.sig");
    expect(unseal(KEY_PURPOSES.sessionCookie, sealed)).toBeNull();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(unseal(purpose, tampered)).toBeNull();
    expect(unseal(purpose, "not-sealed")).toBeNull();
  });
});
