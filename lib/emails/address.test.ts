import { describe, expect, it } from "vitest";
import { codeSchema, isCompleteCode } from "@/lib/registration/code-format";
import { emailDomain, isPrivateEmailDomain } from "./address";
import { emailAddressSchema } from "./schema";

describe("email input", () => {
  it("normalises case and spaces, and refuses what is not an address", () => {
    expect(emailAddressSchema.parse("  Kari.Nordmann@Helse-Demo.NO ")).toBe(
      "kari.nordmann@helse-demo.no",
    );
    for (const bad of [
      "",
      "kari",
      "kari@",
      "@helse-demo.no",
      "kari@helse demo.no",
      `${"a".repeat(250)}@x.no`,
    ]) {
      expect(emailAddressSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("warns about private domains but not work domains", () => {
    expect(isPrivateEmailDomain(emailDomain("kari@gmail.com"))).toBe(true);
    expect(isPrivateEmailDomain("online.no")).toBe(true);
    expect(isPrivateEmailDomain("helse-demo.no")).toBe(false);
  });
});

describe("code input", () => {
  it("takes exactly six digits", () => {
    expect(codeSchema.parse(" 012345 ")).toBe("012345");
    for (const bad of ["12345", "1234567", "12a456", "１２３４５６", "12 456"]) {
      expect(codeSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("takes a code pasted with a space or a dash between the digits", () => {
    expect(codeSchema.parse("123 456")).toBe("123456");
    expect(codeSchema.parse("123-456")).toBe("123456");
    expect(codeSchema.parse("123\u00a0456")).toBe("123456");
  });

  it("knows when a typed code is whole, so the form can send itself", () => {
    expect(isCompleteCode("123456")).toBe(true);
    expect(isCompleteCode(" 123 456 ")).toBe(true);
    for (const partial of ["", "12345", "1234567", "12a456", "abcdef"]) {
      expect(isCompleteCode(partial), partial).toBe(false);
    }
  });
});
