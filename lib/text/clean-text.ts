/**
 * The text rule for names and short messages, as plain code (no zod, no catalogue) so a client
 * form can check it too. Control characters (CR, LF, tab, C0/C1) and the bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused, not stripped: silently
 * changing what someone typed would hide an attempt to spoof a name in a list or an email.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Runs of spaces, including the no-break and typographic ones, become one plain space. */
const SPACES = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

export type CleanText = { ok: true; text: string } | { ok: false };

/** True when `value` holds a character the rule refuses. */
export function hasUnsafeCharacters(value: string): boolean {
  return UNSAFE.test(value);
}

/** The text trimmed with its spaces collapsed, or not ok when it holds a refused character. */
export function cleanText(value: string): CleanText {
  if (hasUnsafeCharacters(value)) return { ok: false };
  return { ok: true, text: value.replace(SPACES, " ").trim() };
}
