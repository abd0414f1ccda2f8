import { describe, expect, it } from "vitest";
import { isValidNationalId, makeSyntheticNationalId, nationalIdProblem } from "./national-id";

const demoNumbers = [
  "15857520170",
  "01818012337",
  "10906631003",
  "24709241350",
  "05308811192",
  "12128322254",
  "20887033332",
  "06819544415",
];

describe("isValidNationalId", () => {
  it.each(demoNumbers)("accepts the synthetic demo number %s", (value) => {
    expect(nationalIdProblem(value)).toBeNull();
    expect(isValidNationalId(value)).toBe(true);
  });

  it("accepts an ordinary fødselsnummer and a d-nummer (day + 40)", () => {
    expect(isValidNationalId("12128322254")).toBe(true);
    expect(isValidNationalId(withControlDigits("521283222"))).toBe(true);
  });

  it("rejects a wrong control digit", () => {
    expect(nationalIdProblem("15857520171")).toBe("checksum");
    expect(nationalIdProblem("15857520160")).toBe("checksum");
  });

  it("rejects letters, spaces and wrong lengths", () => {
    expect(nationalIdProblem("1585752017a")).toBe("format");
    expect(nationalIdProblem("158575 20170")).toBe("format");
    expect(nationalIdProblem("1585752017")).toBe("format");
    expect(nationalIdProblem("158575201700")).toBe("format");
    expect(nationalIdProblem("")).toBe("format");
  });

  it("rejects impossible dates even with correct control digits", () => {
    expect(nationalIdProblem(withControlDigits("310281123"))).toBe("date"); // 31 Feb
    expect(nationalIdProblem(withControlDigits("291901123"))).toBe("date"); // 29 Feb 1901
    expect(nationalIdProblem(withControlDigits("011301123"))).toBe("date"); // month 13
    expect(nationalIdProblem(withControlDigits("001001123"))).toBe("date"); // day 0
  });

  it("knows leap years from the century in the individual number", () => {
    expect(nationalIdProblem(withControlDigits("290200500"))).toBeNull(); // 29 Feb 2000
    expect(nationalIdProblem(withControlDigits("290200100"))).toBe("date"); // 29 Feb 1900
  });
});

describe("makeSyntheticNationalId", () => {
  it("makes valid month + 80 numbers for many dates", () => {
    for (let day = 0; day < 400; day += 7) {
      const birthDate = new Date(Date.UTC(1960, 0, 1 + day * 13));
      const value = makeSyntheticNationalId(birthDate, 100 + (day % 300));
      expect(value).toHaveLength(11);
      expect(Number(value.slice(2, 4))).toBe(birthDate.getUTCMonth() + 1 + 80);
      expect(isValidNationalId(value)).toBe(true);
    }
  });

  it("uses the 500–999 series for births from 2000", () => {
    const value = makeSyntheticNationalId(new Date(Date.UTC(2004, 1, 29)), 500);
    expect(value.slice(0, 6)).toBe("298204");
    expect(Number(value.slice(6, 9))).toBeGreaterThanOrEqual(500);
    expect(isValidNationalId(value)).toBe(true);
  });

  it("refuses an individual number from the wrong century", () => {
    expect(() => makeSyntheticNationalId(new Date(Date.UTC(1980, 0, 1)), 600)).toThrow(RangeError);
  });
});

/** Independent mod-11: the first individual number from `first9`'s upwards that has control digits. */
function withControlDigits(first9: string): string {
  const mod11 = (digits: number[], weights: number[]) => {
    const rest = weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11;
    return rest === 0 ? 0 : 11 - rest;
  };
  for (let individual = Number(first9.slice(6)); individual % 100 !== 99; individual++) {
    const digits = [...(first9.slice(0, 6) + String(individual).padStart(3, "0"))].map(Number);
    const k1 = mod11(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const k2 = mod11([...digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k1 < 10 && k2 < 10) return [...digits, k1, k2].join("");
  }
  throw new Error(`no control digits near ${first9}`);
}
