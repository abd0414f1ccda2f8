import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { memberships, type Membership } from "@/lib/db/schema";

/** Every write to memberships goes through this file; callers hold the transaction. */

export type NewMembership = {
  userId: string;
  groupId: string;
  role?: Membership["role"];
  source: Membership["source"];
  /** For automatic memberships: the confirmed email that gave it. */
  sourceEmailId?: string | null;
};

/** Adds a membership unless the person is already a member; true when it was added. */
export async function addMembership(db: DbOrTx, input: NewMembership): Promise<boolean> {
  const inserted = await db
    .insert(memberships)
    .values({
      userId: input.userId,
      groupId: input.groupId,
      role: input.role ?? "member",
      source: input.source,
      sourceEmailId: input.sourceEmailId ?? null,
    })
    .onConflictDoNothing({ target: [memberships.userId, memberships.groupId] })
    .returning({ id: memberships.id });
  return inserted.length > 0;
}

/** Gives an existing member `role` in the group (the demo data's admins). */
export async function setRoleInGroup(
  db: DbOrTx,
  target: { userId: string; groupId: string },
  role: Membership["role"],
): Promise<void> {
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.userId, target.userId), eq(memberships.groupId, target.groupId)));
}

export async function deleteMembership(db: DbOrTx, membershipId: string): Promise<void> {
  await db.delete(memberships).where(eq(memberships.id, membershipId));
}

export async function setMembershipRole(
  db: DbOrTx,
  membershipId: string,
  role: Membership["role"],
): Promise<void> {
  await db.update(memberships).set({ role }).where(eq(memberships.id, membershipId));
}

/** Records where a membership now comes from (another email, or an admin's seat). */
export async function setMembershipSource(
  db: DbOrTx,
  membershipId: string,
  source: Pick<Membership, "source" | "sourceEmailId">,
): Promise<void> {
  await db
    .update(memberships)
    .set({ source: source.source, sourceEmailId: source.sourceEmailId })
    .where(eq(memberships.id, membershipId));
}
