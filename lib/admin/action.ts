import "server-only";
import type { z } from "zod";
import { userAction, type ActionContext } from "@/lib/actions/action";
import type { ActionState } from "@/lib/actions/state";
import { config } from "@/lib/config";
import { t } from "@/lib/i18n";
import { recordRefusal } from "@/lib/audit/refusals";
import { adminAccess } from "./access";

export type AdminContext = ActionContext;

/**
 * userAction for the admin area: support role and a login under 15 minutes old (by
 * userAction), plus a phishing-resistant login and an allowed network, checked here.
 */
export function adminAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>, ctx: AdminContext) => Promise<ActionState | void>,
  options: { returnTo: string | ((values: Record<string, string>) => string); name?: string },
) {
  return userAction(
    schema,
    async (input, ctx) => {
      const access = adminAccess({
        user: ctx.user,
        login: { method: ctx.session.method, acr: ctx.session.acr },
        ip: ctx.actor.ip,
        networks: config().adminNetworks,
      });
      if (!access.ok) {
        await recordRefusal({
          actor: ctx.actor,
          reason: `admin:${access.reason}`,
          attempted: options.name,
        });
        return { formError: t.admin.denied[access.reason].title };
      }
      return handler(input, ctx);
    },
    { role: "support", stepUp: { returnTo: options.returnTo }, name: options.name },
  );
}
