import { describe, expect, it } from "vitest";
import { isWithinOpeningHours, serviceAccess } from "./access";

const strict = { requiresPhishingResistant: true, alwaysOpen: false, openingHours: null };
const forum = {
  requiresPhishingResistant: false,
  alwaysOpen: false,
  openingHours: "weekdays 08-16",
};
const incident = { requiresPhishingResistant: false, alwaysOpen: true, openingHours: null };
const monday10 = new Date("2026-11-23T09:00:00Z"); // 10:00 in Oslo
const sunday10 = new Date("2026-11-22T09:00:00Z");
const monday17 = new Date("2026-11-23T16:00:00Z");

describe("service access by login method and opening hours", () => {
  it("locks phishing-resistant services for ID-porten substantial, opens them for passkey and high", () => {
    expect(
      serviceAccess(strict, { method: "idporten", acr: "idporten-loa-substantial" }, monday10),
    ).toEqual({
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

  it("opens the forum on weekdays 08–16 Oslo time only", () => {
    const login = { method: "idporten" as const, acr: "idporten-loa-substantial" };
    expect(serviceAccess(forum, login, monday10).open).toBe(true);
    expect(serviceAccess(forum, login, sunday10)).toEqual({ open: false, reason: "closed-hours" });
    expect(serviceAccess(forum, login, monday17)).toEqual({ open: false, reason: "closed-hours" });
    expect(isWithinOpeningHours("weekdays 08-16", new Date("2026-07-06T06:30:00Z"))).toBe(true); // 08:30 summer time
  });

  it("keeps the incident report always open", () => {
    const login = { method: "idporten" as const, acr: "idporten-loa-substantial" };
    expect(serviceAccess(incident, login, sunday10)).toEqual({ open: true });
  });
});
