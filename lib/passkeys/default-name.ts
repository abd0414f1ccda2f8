import { passkeys as nbPasskeys } from "@/lib/i18n/nb/passkeys";
import { passkeys as enPasskeys } from "@/lib/i18n/en/passkeys";
import { localized } from "@/lib/i18n/locale";
import { platformOf } from "@/lib/user-agent/describe";
import { provider } from "./aaguid";
import { PASSKEY_NAME_MAX } from "./names";

export type NewCredentialFacts = {
  aaguid: string | null | undefined;
  /** From the browser: whether the authenticator is part of this device or separate from it. */
  attachment?: "platform" | "cross-platform" | null;
  transports: readonly string[];
  /** The browser that made the passkey; its platform is the device family. */
  userAgent: string | null;
};

const ROAMING = ["usb", "nfc", "ble", "smart-card"];

function baseName(facts: NewCredentialFacts): string {
  const text = localized({ nb: nbPasskeys, en: enPasskeys });
  const names = text.defaultNames;
  const known = provider(facts.aaguid);
  if (known?.defaultName.kind === "as-is") return known.defaultName.name;
  // A security key, or a phone through a QR code: this browser's platform is not where it lives.
  // (Platform passkeys often list "hybrid" too; the attachment decides.)
  const elsewhere =
    facts.attachment === "cross-platform" ||
    (!facts.attachment && !facts.transports.includes("internal"));
  if (known) {
    const platform = elsewhere ? null : platformOf(facts.userAgent);
    return platform ? names.withPlatform(known.name, platform) : known.name;
  }
  if (elsewhere && facts.transports.includes("hybrid")) return names.phone;
  if (elsewhere && facts.transports.some((t) => ROAMING.includes(t))) return names.securityKey;
  const platform = elsewhere ? null : platformOf(facts.userAgent);
  return platform ? names.withPlatform(names.passkey, platform) : names.passkey;
}

/**
 * A new passkey's name when the person has not chosen one: its provider and the device family
 * («iCloud-nøkkelring (Mac)», «Google Passordbehandling (Android)», «YubiKey»), numbered
 * when the person already has a passkey by that name.
 */
export function defaultPasskeyName(facts: NewCredentialFacts, taken: readonly string[]): string {
  const base = baseName(facts).slice(0, PASSKEY_NAME_MAX);
  const used = new Set(taken.map((n) => n.toLocaleLowerCase("nb")));
  if (!used.has(base.toLocaleLowerCase("nb"))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const name = base.slice(0, PASSKEY_NAME_MAX - suffix.length) + suffix;
    if (!used.has(name.toLocaleLowerCase("nb"))) return name;
  }
}
