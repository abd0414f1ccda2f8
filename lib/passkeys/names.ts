import "server-only";
import { t } from "@/lib/i18n";
import { safeText } from "@/lib/text/safe-text";
import { PASSKEY_NAME_MAX } from "./name-rule";

export { PASSKEY_NAME_MAX } from "./name-rule";

const m = t.passkeys.name;

/** The passkey name rule for the server's zod schemas (the form checks the same rule). */
export const passkeyNameSchema = safeText({
  max: PASSKEY_NAME_MAX,
  tooShort: () => m.required,
  tooLong: () => m.tooLong(PASSKEY_NAME_MAX),
  unsafe: () => m.invalid,
});
