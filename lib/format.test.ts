import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLongDateTime } from "./format";
import { withLocale } from "./i18n/with-locale";

// 10:05 in Oslo (UTC+1 in November).
const at = new Date("2026-11-23T09:05:00Z");

describe("dates follow the current language, in Oslo time", () => {
  it("writes Norwegian by default", () => {
    expect(formatDate(at)).toBe("23. nov. 2026");
    expect(formatDateTime(at)).toBe("23. nov. 2026, 10:05");
    expect(formatLongDateTime(at)).toBe("23. november 2026 kl. 10:05");
  });

  it("writes English inside withLocale('en'), and Norwegian again after", () => {
    expect(withLocale("en", () => formatDate(at))).toBe("23 Nov 2026");
    expect(withLocale("en", () => formatDateTime(at))).toBe("23 Nov 2026, 10:05");
    expect(withLocale("en", () => formatLongDateTime(at))).toBe("23 November 2026 at 10:05");
    expect(formatDate(at)).toBe("23. nov. 2026");
  });
});
