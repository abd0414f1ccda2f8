import { z } from "zod";
import { checkPasskeyName } from "./name-rule";

export { PASSKEY_NAME_MAX } from "./name-rule";

/** The passkey name rule (lib/passkeys/name-rule.ts) for the server's zod schemas. */
export const passkeyNameSchema = z.string().transform((value, ctx) => {
  const checked = checkPasskeyName(value);
  if (checked.ok) return checked.name;
  ctx.addIssue({ code: "custom", message: checked.error });
  return z.NEVER;
});
