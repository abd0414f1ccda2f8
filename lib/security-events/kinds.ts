import { t } from "@/lib/i18n";
import type { SecurityEventKind } from "@/lib/i18n/nb/security";

export type { SecurityEventKind };

/** A kind the catalogue has texts for; a row from an older version shows its raw name. */
export function isSecurityEventKind(value: string): value is SecurityEventKind {
  return Object.hasOwn(t.security.kinds, value);
}
