import { z } from "zod";
import { t } from "@/lib/i18n";

/** An email address as typed: trimmed, lower-cased, at most 254 characters. */
export const emailAddressSchema = z
  .string({ error: () => t.registration.email.invalid })
  .trim()
  .toLowerCase()
  .max(254, { error: () => t.registration.email.invalid })
  .pipe(z.email({ error: () => t.registration.email.invalid }));
