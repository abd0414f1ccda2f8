import { t, type Messages } from "@/lib/i18n";

/** A change to a person's own security; the catalogue's texts are the one list. */
export type SecurityEventKind = keyof Messages["security"]["kinds"];

/** A kind the catalogue has texts for; a row from an older version shows its raw name. */
export function isSecurityEventKind(value: string): value is SecurityEventKind {
  return Object.hasOwn(t.security.kinds, value);
}
