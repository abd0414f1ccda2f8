import { z } from "zod";
import { t } from "@/lib/i18n";

/** Common private mail providers: a warning, never a block (seed 003's second common cause). */
const PRIVATE_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "hotmail.com",
  "hotmail.no",
  "outlook.com",
  "live.com",
  "live.no",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "yahoo.com",
  "yahoo.no",
  "online.no",
  "frisurf.no",
  "start.no",
  "broadpark.no",
  "getmail.no",
  "c2i.net",
  "proton.me",
  "protonmail.com",
  "aol.com",
  "gmx.com",
]);

export const emailAddressSchema = z
  .string({ error: t.registration.email.invalid })
  .trim()
  .toLowerCase()
  .max(254, t.registration.email.invalid)
  .pipe(z.email({ error: t.registration.email.invalid }));

export function emailDomain(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

export function isPrivateEmailDomain(domain: string): boolean {
  return PRIVATE_DOMAINS.has(domain.toLowerCase());
}

/** Six digits, nothing else; letters or a seventh digit are refused before any lookup. */
export const codeSchema = z
  .string({ error: t.registration.errors.codeFormat })
  .trim()
  .regex(/^\d{6}$/, t.registration.errors.codeFormat);
