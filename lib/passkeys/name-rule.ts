import { passkeys as nbPasskeys } from "@/lib/i18n/nb/passkeys";
import { passkeys as enPasskeys } from "@/lib/i18n/en/passkeys";
import { localized } from "@/lib/i18n/locale";
import { cleanText } from "@/lib/text/clean-text";

/** Matches the database's check constraint (1–60 characters). */
export const PASSKEY_NAME_MAX = 60;

export type PasskeyNameCheck = { ok: true; name: string } | { ok: false; error: string };

/**
 * The name a user gives a passkey ("Jobbtelefonen"), trimmed, or the first thing wrong with
 * it. Plain code without zod, so the form can check it in the browser too.
 */
export function checkPasskeyName(value: string): PasskeyNameCheck {
  const text = localized({ nb: nbPasskeys, en: enPasskeys });
  const cleaned = cleanText(value);
  if (!cleaned.ok) return { ok: false, error: text.name.invalid };
  const name = cleaned.text;
  if (name.length < 1) return { ok: false, error: text.name.required };
  if (name.length > PASSKEY_NAME_MAX) {
    return { ok: false, error: text.name.tooLong(PASSKEY_NAME_MAX) };
  }
  return { ok: true, name };
}
