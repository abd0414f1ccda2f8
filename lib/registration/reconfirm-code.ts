import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { Reconfirmation } from "@/lib/emails/reconfirmation";
import { liveCodeSentAt } from "./code-step";
import { requestEmailCode, requestReconfirmationCode, type CodeSent } from "./request-code";

/**
 * A code for the address that is due for re-confirmation: for one still confirmed (grace), a
 * renewal code; for a lapsed one, the ordinary code that confirms it again. With
 * `keepLiveCode`, a code that still works is kept (a login does not replace the one in the inbox).
 */
export async function sendReconfirmationCode(
  actor: Actor,
  pending: Reconfirmation,
  options: { keepLiveCode?: boolean } = {},
): Promise<CodeSent | null> {
  const { email } = pending;
  if (options.keepLiveCode && (await liveCodeSentAt(email.id))) return null;
  return pending.lapsed
    ? requestEmailCode(actor, email.address)
    : requestReconfirmationCode(actor, email);
}
