import { messagesFor } from "@/lib/i18n";
import { currentLocale, type Locale } from "@/lib/i18n/locale";

/**
 * Coarse facts from a browser's user agent: the browser family and the system, never versions.
 * Shown to the person ("Chrome på Windows") and used to name things; not a security check.
 */

const BROWSERS: Array<[RegExp, string]> = [
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\//, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
];

/** The device family, as a passkey's default name says it ("iCloud-nøkkelring (Mac)"). */
const PLATFORMS: Array<[RegExp, string]> = [
  [/iPhone|iPod/, "iPhone"],
  [/iPad/, "iPad"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/CrOS/, "ChromeOS"],
  [/Macintosh|Mac OS X/, "Mac"],
  [/Linux|X11/, "Linux"],
];

/** The system's name in running text ("på macOS"). */
const SYSTEM_NAMES: Record<string, string> = {
  iPhone: "iOS",
  iPad: "iPadOS",
  Mac: "macOS",
};

function firstMatch(ua: string, table: Array<[RegExp, string]>): string | null {
  return table.find(([pattern]) => pattern.test(ua))?.[1] ?? null;
}

export function browserOf(ua: string | null): string | null {
  return ua ? firstMatch(ua, BROWSERS) : null;
}

export function platformOf(ua: string | null): string | null {
  return ua ? firstMatch(ua, PLATFORMS) : null;
}

export function systemOf(ua: string | null): string | null {
  const platform = platformOf(ua);
  return platform ? (SYSTEM_NAMES[platform] ?? platform) : null;
}

/**
 * A short, human name for a browser from its user agent ("Chrome på Windows"), in `locale`
 * (the current language unless told: a stored key names it in Norwegian always).
 */
export function describeUserAgent(
  ua: string | null,
  locale: Locale = currentLocale(),
): string | null {
  const browser = browserOf(ua);
  const system = systemOf(ua);
  if (browser && system) return messagesFor(locale).common.browserOnSystem(browser, system);
  return browser ?? system;
}
