import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { memberships, type MemberGroup } from "@/lib/db/schema";
import { emailDomain } from "@/lib/emails/address";
import { groupForDomain } from "./domain-match";

export type EmailMembership =
  { kind: "member"; group: MemberGroup } | { kind: "no-group"; domain: string };

/** What a confirmed email means for membership, for the result page of step 5. */
export async function membershipForEmail(
  userId: string,
  address: string,
): Promise<EmailMembership> {
  const domain = emailDomain(address);
  const db = getDb();
  const group = await groupForDomain(db, domain);
  if (!group) return { kind: "no-group", domain };
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.groupId, group.id)));
  return row ? { kind: "member", group } : { kind: "no-group", domain };
}
