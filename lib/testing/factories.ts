import { randomBytes } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, users, type User } from "@/lib/db/schema";
import { startLoginSession, type SessionStart } from "@/lib/sessions/sessions";

/** A user row as an ID-porten login would create it (no national identity number needed). */
export async function createTestUser(
  values: Partial<typeof users.$inferInsert> = {},
): Promise<User> {
  const [user] = await getDb()
    .insert(users)
    .values({ pidHash: randomBytes(16).toString("hex"), name: "Test Testesen", ...values })
    .returning();
  return user!;
}

/** The code in the newest email to `address`, read the way a person reads it. */
export async function latestCodeSentTo(address: string): Promise<string> {
  const [row] = await getDb()
    .select({ text: emailOutbox.text })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  const code = row?.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error(`no code sent to ${address}`);
  return code;
}

/** A login as either method would start it, from no particular browser; returns the token. */
export async function startTestSession(
  input: Omit<SessionStart, "origin"> & { previousToken?: string | null },
): Promise<string> {
  return startLoginSession({
    origin: { ip: null, userAgent: null },
    previousToken: null,
    ...input,
  });
}
