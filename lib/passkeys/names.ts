import "server-only";
import { passkeys as text } from "@/lib/i18n/nb/passkeys";
import { safeText } from "@/lib/text/safe-text";
import { PASSKEY_NAME_MAX } from "./name-rule";

export { PASSKEY_NAME_MAX } from "./name-rule";

/** The passkey name rule for the server's zod schemas (the form checks the same rule). */
export const passkeyNameSchema = safeText({
  max: PASSKEY_NAME_MAX,
  tooShort: text.name.required,
  tooLong: text.name.tooLong(PASSKEY_NAME_MAX),
  unsafe: text.name.invalid,
});
