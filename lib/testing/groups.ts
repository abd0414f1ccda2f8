import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/audit/actor";
import { getDb } from "@/lib/db/client";
import {
  auditEvents,
  emailOutbox,
  memberGroups,
  memberships,
  notifications,
  organisations,
  users,
} from "@/lib/db/schema";
import { addConfirmedEmail } from "@/lib/emails/changes";
import { groupSearchText } from "@/lib/groups/search-text";
import { addMembership } from "@/lib/membership/memberships";

/** A person acting from nowhere in particular, for domain calls in tests. */
export function actorFor(userId: string, ip: string | null = null): Actor {
  return { userId, ip, userAgent: null };
}

/** Test data written without the user-facing flows, so the tests need no other feature. */
export async function makeUser(name: string, email?: string): Promise<string> {
  const db = getDb();
  const [user] = await db
    .insert(users)
    .values({ pidHash: randomBytes(16).toString("hex"), name, registeredAt: new Date() })
    .returning({ id: users.id });
  if (email) {
    await addConfirmedEmail(db, user!.id, email);
  }
  return user!.id;
}

export async function makeGroup(
  name: string,
  joinPolicy: "automatic" | "request" | "closed" = "request",
  organisationName = `${name} org`,
): Promise<string> {
  const db = getDb();
  const orgNumber = String(100_000_000 + Math.floor(Math.random() * 899_999_999));
  const [org] = await db
    .insert(organisations)
    .values({ name: organisationName, orgNumber })
    .returning({ id: organisations.id });
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomBytes(3).toString("hex")}`;
  const [group] = await db
    .insert(memberGroups)
    .values({
      name,
      slug,
      joinPolicy,
      organisationId: org!.id,
      searchText: groupSearchText(name, organisationName),
    })
    .returning({ id: memberGroups.id });
  return group!.id;
}

export async function addMember(
  userId: string,
  groupId: string,
  role: "member" | "admin" = "member",
): Promise<void> {
  await addMembership(getDb(), { userId, groupId, role, source: "admin" });
}

export async function roleIn(userId: string, groupId: string) {
  const [row] = await getDb()
    .select({ role: memberships.role, source: memberships.source })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.groupId, groupId)));
  return row ?? null;
}

export async function notificationsOf(userId: string) {
  return getDb().select().from(notifications).where(eq(notifications.userId, userId));
}

/** Oldest first: delivery updates rows, so their physical order says nothing. */
export async function outboxTo(address: string) {
  return getDb()
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address))
    .orderBy(asc(emailOutbox.createdAt));
}

export async function auditOf(action: string) {
  return getDb().select().from(auditEvents).where(eq(auditEvents.action, action));
}
