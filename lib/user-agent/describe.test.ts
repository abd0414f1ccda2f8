import { withLocale } from "@/lib/i18n/with-locale";
import { describe, expect, it } from "vitest";
import { browserOf, describeUserAgent, platformOf } from "./describe";

const UA = {
  chromeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  edgeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  safariIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  chromeIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
  chromeAndroid:
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  samsungAndroid:
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
  firefoxLinux: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  chromebook:
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
};

describe("user agent", () => {
  it("names browser and system, without versions", () => {
    expect(describeUserAgent(UA.chromeWindows)).toBe("Chrome på Windows");
    expect(describeUserAgent(UA.edgeWindows)).toBe("Edge på Windows");
    expect(describeUserAgent(UA.safariMac)).toBe("Safari på macOS");
    expect(describeUserAgent(UA.safariIphone)).toBe("Safari på iOS");
    expect(describeUserAgent(UA.chromeIphone)).toBe("Chrome på iOS");
    expect(describeUserAgent(UA.chromeAndroid)).toBe("Chrome på Android");
    expect(describeUserAgent(UA.samsungAndroid)).toBe("Samsung Internet på Android");
    expect(describeUserAgent(UA.firefoxLinux)).toBe("Firefox på Linux");
    expect(describeUserAgent(UA.chromebook)).toBe("Chrome på ChromeOS");
    expect(describeUserAgent(null)).toBeNull();
  });

  it("says it in English for an English reader, and in Norwegian when told so", () => {
    withLocale("en", () => {
      expect(describeUserAgent(UA.safariMac)).toBe("Safari on macOS");
      expect(describeUserAgent(UA.safariMac, "nb")).toBe("Safari på macOS");
    });
    expect(describeUserAgent("curl/8.5.0")).toBeNull();
  });

  it("gives the device family a passkey's default name uses", () => {
    expect(platformOf(UA.safariMac)).toBe("Mac");
    expect(platformOf(UA.safariIphone)).toBe("iPhone");
    expect(platformOf(UA.chromeAndroid)).toBe("Android");
    expect(platformOf(UA.chromeWindows)).toBe("Windows");
    expect(platformOf(UA.firefoxLinux)).toBe("Linux");
    expect(browserOf(UA.safariIphone)).toBe("Safari");
  });
});
