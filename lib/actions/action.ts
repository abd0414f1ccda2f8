import "server-only";
import { redirect } from "next/navigation";
import type { Session } from "next-auth";
import { z } from "zod";
import { actorOf, type Actor } from "@/lib/audit/actor";
import { recordRefusal } from "@/lib/audit/refusals";
import { getCurrentSession, getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { isRecentLogin, stepUpPath } from "@/lib/auth/step-up";
import { t } from "@/lib/i18n";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { currentOrigin } from "@/lib/http/client-info";
import { setResponseStatus } from "@/lib/http/request-state";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { describeError } from "@/lib/logging/describe-error";
import { consumeLimits, rateLimitedMessage } from "@/lib/rate-limit/enforce";
import type { ScopedRateLimitPolicy } from "@/lib/rate-limit/policies";
import { AccessRefusedError, DomainError } from "./errors";
import type { ActionState } from "./state";

/** What every action handler gets: the caller, their session and the audit actor. */
export type ActionContext = { user: CurrentUser; session: Session; actor: Actor };

type Options = {
  /** Allow users who have not finished registration (the registration steps themselves). */
  allowUnregistered?: boolean;
  /** Needs a login younger than 15 minutes; otherwise the user logs in again and returns. */
  stepUp?: { returnTo: string | ((values: Record<string, string>) => string) };
  /** Only support staff. */
  role?: "support";
  /** The action's name in the audit row of a refused attempt, e.g. "admin.createGroup". */
  name?: string;
  /** Rate limits counted per valid request (by address or account) before the handler runs. */
  limits?: readonly ScopedRateLimitPolicy[];
};

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    // Only what a form shows again; large payloads (passkey responses) are not echoed back.
    if (typeof value === "string" && !key.startsWith("$ACTION") && value.length <= 2000) {
      values[key] = value;
    }
  }
  return values;
}

/**
 * The one wrapper for server actions: checks the session and the caller's rights on the
 * server, parses the form with zod, maps DomainErrors to their Norwegian message.
 */
export function userAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionState | void>,
  options: Options = {},
) {
  return async function action(_prev: ActionState, formData: FormData): Promise<ActionState> {
    try {
      return await checkedRun(schema, handler, options, formData);
    } catch (error) {
      // Nothing was stored (one transaction per change): say so, with a 503 for the response.
      if (isDatabaseUnavailable(error)) {
        console.warn(`[action] database unavailable: ${describeError(error)}`);
        setResponseStatus(503);
        return { formError: t.common.errors.unavailable, values: formValues(formData) };
      }
      throw error;
    }
  };
}

async function checkedRun<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionState | void>,
  options: Options,
  formData: FormData,
): Promise<ActionState> {
  const [session, user] = await Promise.all([getCurrentSession(), getCurrentUser()]);
  if (!session || !user) redirect("/logg-inn");
  if (!user.registered && !options.allowUnregistered) redirect("/registrer");
  if (options.role && user.role !== options.role) {
    const actor = actorOf(user.id, await currentOrigin());
    await recordRefusal({ actor, reason: "role", attempted: options.name });
    return { formError: t.common.errors.forbidden };
  }
  const values = formValues(formData);
  if (options.stepUp && !isRecentLogin(session)) {
    const { returnTo } = options.stepUp;
    const path = typeof returnTo === "function" ? returnTo(values) : returnTo;
    redirect(stepUpPath(safeReturnPath(path) ?? "/oversikt"));
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    const messages = Object.values(fieldErrors).flat();
    // One problem is named directly; several get the summary text.
    const formError = messages.length === 1 ? messages[0] : t.common.errors.checkFields;
    return { fieldErrors, formError, values };
  }
  const actor = actorOf(user.id, await currentOrigin());
  if (options.limits?.length) {
    const outcome = await consumeLimits(options.limits, { ip: actor.ip, userId: user.id });
    if (!outcome.allowed)
      return { formError: rateLimitedMessage(outcome.retryAfterSeconds), values };
  }
  try {
    return (await handler(parsed.data, { user, session, actor })) ?? { ok: true };
  } catch (error) {
    if (error instanceof AccessRefusedError) {
      const { reason, target } = error;
      await recordRefusal({ actor, reason, target, attempted: options.name });
      return { formError: error.message };
    }
    if (error instanceof DomainError) {
      return error.field
        ? { fieldErrors: { [error.field]: [error.message] }, formError: error.message, values }
        : { formError: error.message, values };
    }
    // Let Next's redirect()/notFound() through, and database outages to the caller above.
    if (isNextControlFlow(error) || isDatabaseUnavailable(error)) throw error;
    console.error(`[action] unexpected error: ${describeError(error)}`);
    return { formError: t.common.errors.unexpected, values };
  }
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown })?.digest;
  return (
    typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_NOT_FOUND|NEXT_HTTP_ERROR)/.test(digest)
  );
}
