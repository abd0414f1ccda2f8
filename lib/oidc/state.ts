import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { oidcModels } from "@/lib/db/schema";

/**
 * Ends what the provider holds for ended sign-ins: every code and token issued under the grants,
 * the grants, and the provider's own sessions. Runs in the caller's transaction.
 */
export async function revokeOidcState(
  db: DbOrTx,
  { grantIds, sessionUids }: { grantIds: string[]; sessionUids: string[] },
): Promise<void> {
  if (grantIds.length > 0) {
    await db.delete(oidcModels).where(inArray(oidcModels.grantId, grantIds));
    await db
      .delete(oidcModels)
      .where(and(eq(oidcModels.kind, "Grant"), inArray(oidcModels.id, grantIds)));
  }
  if (sessionUids.length > 0) {
    await db
      .delete(oidcModels)
      .where(and(eq(oidcModels.kind, "Session"), inArray(oidcModels.uid, sessionUids)));
  }
}
