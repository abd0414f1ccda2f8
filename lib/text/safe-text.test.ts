import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text";
import { optionalSafeText, safeText } from "./safe-text";

const name = safeText({ min: 2, max: 20, tooShort: "kort", tooLong: "lang", unsafe: "farlig" });

const refused = [
  "Kari\nNordmann",
  "Kari\rNordmann",
  "Kari\r\nNordmann",
  "Kari\tNordmann",
  "Kari\u0000",
  "Kari\u001b[31m",
  "Kari\u0085",
  "\u202eKari",
  "Kari\u202a",
  "Kari\u202b",
  "Kari\u202c",
  "Kari\u202d",
  "Kari\u2066",
  "Kari\u2067",
  "Kari\u2068",
  "Kari\u2069",
  "Kari Nordmann\n",
];

describe("the text rule for names and messages", () => {
  it.each(refused.map((v) => [JSON.stringify(v), v]))("refuses %s", (_label, value) => {
    expect(cleanText(value)).toEqual({ ok: false });
    const result = name.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["farlig"]);
  });

  it("trims and collapses spaces, also no-break and typographic ones", () => {
    expect(name.parse("  Kari \u00a0  Nordmann\u2009 ")).toBe("Kari Nordmann");
    expect(cleanText(" Ås  Øye ")).toEqual({ ok: true, text: "Ås Øye" });
  });

  it("checks the length of what is stored, with the field's own messages", () => {
    expect(name.safeParse("  K  ").error?.issues[0]?.message).toBe("kort");
    expect(name.safeParse("K".repeat(21)).error?.issues[0]?.message).toBe("lang");
    expect(name.parse(`${"K".repeat(10)}          ${"K".repeat(9)}`)).toHaveLength(20);
  });

  it("keeps Norwegian, Sami and other scripts", () => {
    expect(name.parse("Áilu Čiekča-Ørnå")).toBe("Áilu Čiekča-Ørnå");
    expect(name.parse("محمد علي")).toBe("محمد علي");
  });

  it("gives undefined for an empty optional message, and refuses a bidi override in one", () => {
    const message = optionalSafeText({ max: 10, tooLong: "lang", unsafe: "farlig" });
    expect(message.parse(undefined)).toBeUndefined();
    expect(message.parse("   ")).toBeUndefined();
    expect(message.parse(" Hei  der ")).toBe("Hei der");
    expect(message.safeParse("Hei\u202eder").error?.issues[0]?.message).toBe("farlig");
    expect(message.safeParse("Hei\nder").error?.issues[0]?.message).toBe("farlig");
    expect(message.safeParse("x".repeat(11)).error?.issues[0]?.message).toBe("lang");
  });
});
