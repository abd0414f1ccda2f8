import { CODE_POLICY } from "./policy";

/** The code's shape: exactly CODE_POLICY.digits digits. Plain code, safe in client components. */
export const CODE_PATTERN = new RegExp(`^\\d{${CODE_POLICY.digits}}$`);

/** A code as pasted from an email may hold spaces or a dash ("123 456"); the digits count. */
export function normaliseCode(value: string): string {
  return /^[\d\s\u00a0-]+$/.test(value) ? value.replace(/[\s\u00a0-]/g, "") : value.trim();
}

/** True when the typed value is a whole code, so the form can send itself. */
export function isCompleteCode(value: string): boolean {
  return CODE_PATTERN.test(normaliseCode(value));
}
