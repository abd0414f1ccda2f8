/**
 * Public mail providers and disposable addresses: a work email is never on one of these.
 * Registration warns about them; a member group's domain can never be one of them.
 */
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

/** The part after the last @, lower-cased. Plain code: safe in client components. */
export function emailDomain(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

export function isPrivateEmailDomain(domain: string): boolean {
  return PRIVATE_DOMAINS.has(domain.toLowerCase());
}
