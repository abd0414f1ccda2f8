import { describe, expect, it } from "vitest";
import { aDuration, duration, lastDuration, numberWord, perDuration } from "./numbers";

describe("English numbers and durations", () => {
  it("writes up to ten in words and larger numbers in digits", () => {
    expect(numberWord(5)).toBe("five");
    expect(numberWord(10)).toBe("ten");
    expect(numberWord(12)).toBe("12");
    expect(numberWord(1)).toBe("one");
    expect(numberWord(1, true)).toBe("one");
    expect(numberWord(0)).toBe("zero");
  });

  it("names a duration in its largest whole unit", () => {
    expect(duration(10 * 60)).toBe("ten minutes");
    expect(duration(60)).toBe("one minute");
    expect(duration(15 * 60)).toBe("15 minutes");
    expect(duration(12 * 3600)).toBe("12 hours");
    expect(duration(90)).toBe("90 seconds");
    expect(duration(1)).toBe("one second");
    expect(duration(90 * 86_400)).toBe("90 days");
    expect(duration(86_400)).toBe("one day");
  });

  it("uses the article for one unit, and 'the last' for a window just past", () => {
    expect(aDuration(3600)).toBe("an hour");
    expect(aDuration(60)).toBe("a minute");
    expect(aDuration(86_400)).toBe("a day");
    expect(aDuration(120)).toBe("two minutes");
    expect(lastDuration(3600)).toBe("the last hour");
    expect(lastDuration(600)).toBe("the last ten minutes");
    expect(lastDuration(15 * 60)).toBe("the last 15 minutes");
    expect(lastDuration(90 * 86_400)).toBe("the last 90 days");
    expect(perDuration(3600)).toBe("per hour");
    expect(perDuration(60)).toBe("per minute");
    expect(perDuration(600)).toBe("per ten minutes");
    expect(perDuration(86_400)).toBe("per day");
  });
});
