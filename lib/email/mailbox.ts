import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, type OutboxEmail } from "@/lib/db/schema";

/** The development mailbox: what the outbox holds, newest first. */
export async function listMailbox(to?: string, limit = 50): Promise<OutboxEmail[]> {
  const query = getDb().select().from(emailOutbox);
  const filtered = to ? query.where(eq(emailOutbox.toAddress, to.trim().toLowerCase())) : query;
  return filtered.orderBy(desc(emailOutbox.createdAt)).limit(limit);
}
