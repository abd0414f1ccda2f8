import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { emailCodes } from "@/lib/db/schema";
import { now } from "@/lib/clock";

/** Revokes the email's unused codes (support cancels a code); returns how many there were. */
export async function revokeLiveCodes(tx: Tx, emailId: string): Promise<number> {
  const rows = await tx
    .update(emailCodes)
    .set({ revokedAt: now() })
    .where(
      and(eq(emailCodes.emailId, emailId), isNull(emailCodes.usedAt), isNull(emailCodes.revokedAt)),
    )
    .returning({ id: emailCodes.id });
  return rows.length;
}
