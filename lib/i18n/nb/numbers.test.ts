import { describe, expect, it } from "vitest";
import { aDuration, duration, lastDuration, numberWord, perDuration } from "./numbers";

describe("Norwegian numbers and durations", () => {
  it("writes up to ten in words and larger numbers in digits", () => {
    expect(numberWord(5)).toBe("fem");
    expect(numberWord(10)).toBe("ti");
    expect(numberWord(12)).toBe("12");
    expect(numberWord(1)).toBe("én");
    expect(numberWord(1, true)).toBe("ett");
  });

  it("names a duration in its largest whole unit", () => {
    expect(duration(10 * 60)).toBe("ti minutter");
    expect(duration(60)).toBe("ett minutt");
    expect(duration(15 * 60)).toBe("15 minutter");
    expect(duration(12 * 3600)).toBe("12 timer");
    expect(duration(90)).toBe("90 sekunder");
    expect(duration(90 * 86_400)).toBe("90 dager");
    expect(duration(86_400)).toBe("én dag");
  });

  it("uses the article for one unit, and the definite form for a window just past", () => {
    expect(aDuration(3600)).toBe("en time");
    expect(aDuration(60)).toBe("et minutt");
    expect(aDuration(120)).toBe("to minutter");
    expect(lastDuration(3600)).toBe("den siste timen");
    expect(lastDuration(15 * 60)).toBe("de siste 15 minuttene");
    expect(perDuration(3600)).toBe("i timen");
    expect(perDuration(600)).toBe("per ti minutter");
    expect(lastDuration(90 * 86_400)).toBe("de siste 90 dagene");
    expect(perDuration(86_400)).toBe("i dagen");
  });
});
