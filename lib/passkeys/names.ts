import "server-only";
import { passkeys as nbPasskeys } from "@/lib/i18n/nb/passkeys";
import { passkeys as enPasskeys } from "@/lib/i18n/en/passkeys";
import { localized } from "@/lib/i18n/locale";
import { safeText } from "@/lib/text/safe-text";
import { PASSKEY_NAME_MAX } from "./name-rule";

export { PASSKEY_NAME_MAX } from "./name-rule";

const text = () => localized({ nb: nbPasskeys, en: enPasskeys }).name;

/**
 * The passkey name rule for the server's zod schemas (the form checks the same rule). The
 * messages are getters: safeText reads them while parsing, so they follow the request's language.
 */
export const passkeyNameSchema = safeText({
  max: PASSKEY_NAME_MAX,
  get tooShort() {
    return text().required;
  },
  get tooLong() {
    return text().tooLong(PASSKEY_NAME_MAX);
  },
  get unsafe() {
    return text().invalid;
  },
});
