import { z } from "zod";
import { passkeys as text } from "@/lib/i18n/nb/passkeys";

/** Matches the database's check constraint (1–60 characters). */
export const PASSKEY_NAME_MAX = 60;

/** The name a user gives a passkey ("Jobbtelefonen"); shared by the form and the server. */
export const passkeyNameSchema = z
  .string()
  .trim()
  .min(1, text.name.required)
  .max(PASSKEY_NAME_MAX, text.name.tooLong(PASSKEY_NAME_MAX))
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), text.name.invalid);
