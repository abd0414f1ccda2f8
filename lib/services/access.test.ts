import { describe, expect, it } from "vitest";
import { serviceAccess } from "./access";
import { isOpenAt, nextOpening, parseDayRanges, WEEKDAYS } from "./opening-hours";

const weekdays8to16 = WEEKDAYS.slice(0, 5).map((day) => ({ day, from: "08:00", to: "16:00" }));
const strict = { requiresPhishingResistant: true, alwaysOpen: false, openingHours: null };
const forum = { requiresPhishingResistant: false, alwaysOpen: false, openingHours: weekdays8to16 };
const incident = { requiresPhishingResistant: false, alwaysOpen: true, openingHours: [] };
const monday10 = new Date("2026-11-23T09:00:00Z"); // 10:00 in Oslo
const sunday10 = new Date("2026-11-22T09:00:00Z");
const monday17 = new Date("2026-11-23T16:00:00Z");
const friday17 = new Date("2026-11-27T16:00:00Z");
const login = { method: "idporten" as const, acr: "idporten-loa-substantial" };

describe("service access by login method and opening hours", () => {
  it("locks phishing-resistant services for ID-porten substantial, opens them for passkey and high", () => {
    expect(serviceAccess(strict, login, monday10)).toEqual({
      open: false,
      reason: "phishing-resistant",
    });
    expect(serviceAccess(strict, { method: "passkey", acr: null }, monday10)).toEqual({
      open: true,
    });
    expect(
      serviceAccess(strict, { method: "idporten", acr: "idporten-loa-high" }, monday10),
    ).toEqual({ open: true });
  });

  it("opens the forum on weekdays 08–16 Oslo time only and says when it opens next", () => {
    expect(serviceAccess(forum, login, monday10).open).toBe(true);
    expect(serviceAccess(forum, login, sunday10)).toEqual({
      open: false,
      reason: "closed-hours",
      opensAt: { day: 1, time: "08:00" },
    });
    expect(serviceAccess(forum, login, monday17)).toEqual({
      open: false,
      reason: "closed-hours",
      opensAt: { day: 2, time: "08:00" },
    });
    expect(nextOpening(weekdays8to16, friday17)).toEqual({ day: 1, time: "08:00" });
    expect(isOpenAt(weekdays8to16, new Date("2026-07-06T06:30:00Z"))).toBe(true); // 08:30 summer time
    expect(isOpenAt(weekdays8to16, new Date("2026-07-06T05:30:00Z"))).toBe(false); // 07:30 summer time
  });

  it("allows several ranges on one day, with a closed gap between them", () => {
    const split = parseDayRanges(1, "12.30–16.00, 08.00-11.30")!;
    expect(split).toEqual([
      { day: 1, from: "08:00", to: "11:30" },
      { day: 1, from: "12:30", to: "16:00" },
    ]);
    expect(isOpenAt(split, new Date("2026-11-23T10:00:00Z"))).toBe(true); // 11:00
    expect(isOpenAt(split, new Date("2026-11-23T11:00:00Z"))).toBe(false); // 12:00
    expect(nextOpening(split, new Date("2026-11-23T11:00:00Z"))).toEqual({ day: 1, time: "12:30" });
  });

  it("refuses ranges that cannot be read, end before they start or overlap", () => {
    expect(parseDayRanges(2, "")).toEqual([]);
    expect(parseDayRanges(2, "kl 8")).toBeNull();
    expect(parseDayRanges(2, "16.00-08.00")).toBeNull();
    expect(parseDayRanges(2, "08.00-12.00, 11.00-14.00")).toBeNull();
    expect(parseDayRanges(2, "25.00-26.00")).toBeNull();
    expect(parseDayRanges(2, "20:00-24:00")).toEqual([{ day: 2, from: "20:00", to: "24:00" }]);
  });

  it("keeps the incident report always open", () => {
    expect(serviceAccess(incident, login, sunday10)).toEqual({ open: true });
  });
});
