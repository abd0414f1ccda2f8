import { z } from "zod";
import { t } from "@/lib/i18n";
import { CODE_PATTERN, normaliseCode } from "./code-digits";

export { isCompleteCode, normaliseCode } from "./code-digits";

/** Six digits, nothing else; letters or a seventh digit are refused before any lookup. */
export const codeSchema = z
  .string({ error: () => t.registration.errors.codeFormat })
  .transform(normaliseCode)
  .pipe(z.string().regex(CODE_PATTERN, { error: () => t.registration.errors.codeFormat }));
