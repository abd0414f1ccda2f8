import "server-only";
import { z } from "zod";
import { t } from "@/lib/i18n";
import { cleanText } from "./clean-text";

/** A message, or a function that reads it when the text is checked (in that request's language). */
type Message = string | (() => string);

type SafeTextOptions = {
  /** Shortest allowed length after trimming (1 when absent). */
  min?: number;
  max: number;
  /** Shown when the text is shorter than `min` (or empty). */
  tooShort: Message;
  tooLong: Message;
  /** Shown for a control character or a bidi override; a general text when absent. */
  unsafe?: Message;
};

function read(message: Message): string {
  return typeof message === "function" ? message() : message;
}

/**
 * The one zod schema for person names, passkey names, group names and join messages: refuses
 * CR, LF, tab and other control characters and bidi overrides, trims and collapses spaces,
 * then checks the length of what is stored.
 */
export function safeText(options: SafeTextOptions) {
  const min = options.min ?? 1;
  return z.string().transform((value, ctx) => {
    const cleaned = cleanText(value);
    if (!cleaned.ok) {
      ctx.addIssue({
        code: "custom",
        message: options.unsafe ? read(options.unsafe) : t.common.errors.unsafeText,
      });
      return z.NEVER;
    }
    if (cleaned.text.length < min) {
      ctx.addIssue({ code: "custom", message: read(options.tooShort) });
      return z.NEVER;
    }
    if (cleaned.text.length > options.max) {
      ctx.addIssue({ code: "custom", message: read(options.tooLong) });
      return z.NEVER;
    }
    return cleaned.text;
  });
}

/** The same rule for an optional text (a join message): empty or absent gives undefined. */
export function optionalSafeText(options: Omit<SafeTextOptions, "min" | "tooShort">) {
  const rule = safeText({ ...options, min: 1, tooShort: "" });
  return z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value))
    .pipe(rule.optional());
}
