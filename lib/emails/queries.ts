import "server-only";
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { AccessRefusedError } from "@/lib/actions/errors";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { userEmails, users, type UserEmail } from "@/lib/db/schema";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";

/** One of the user's emails, or null when it is not theirs. */
export async function getOwnEmail(userId: string, emailId: string): Promise<UserEmail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(emailId)) return null;
  const [row] = await getDb()
    .select()
    .from(userEmails)
    .where(and(eq(userEmails.id, emailId), eq(userEmails.userId, userId)));
  return row ?? null;
}

/**
 * The caller's own email by id, or null when there is none; another person's id is a forged
 * id and throws AccessRefusedError (audited by the action wrapper).
 */
export async function ownEmailOrRefuse(
  userId: string,
  emailId: string,
  db: DbOrTx = getDb(),
): Promise<UserEmail | null> {
  const [row] = await db.select().from(userEmails).where(eq(userEmails.id, emailId));
  if (row && row.userId !== userId) {
    throw new AccessRefusedError("not-owner", { type: "email", id: emailId });
  }
  return row ?? null;
}

export async function listOwnEmails(userId: string): Promise<UserEmail[]> {
  return getDb()
    .select()
    .from(userEmails)
    .where(eq(userEmails.userId, userId))
    .orderBy(desc(userEmails.isPrimary), asc(userEmails.createdAt));
}

/** The user's own row for an address, confirmed or not. */
export async function findOwnEmailByAddress(
  userId: string,
  address: string,
): Promise<UserEmail | null> {
  const [row] = await getDb()
    .select()
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), eq(userEmails.address, address)));
  return row ?? null;
}

/** Where the portal writes to a person: their primary confirmed address, or null. */
/**
 * Where and in which language to write to a person: their confirmed primary address (null
 * when they have none) and their language (users.locale), in one query.
 */
export async function emailRecipient(
  userId: string,
  db: DbOrTx = getDb(),
): Promise<{ address: string | null; locale: Locale }> {
  const [row] = await db
    .select({ address: userEmails.address, locale: users.locale })
    .from(users)
    .leftJoin(
      userEmails,
      and(
        eq(userEmails.userId, users.id),
        eq(userEmails.isPrimary, true),
        isNotNull(userEmails.confirmedAt),
      ),
    )
    .where(eq(users.id, userId));
  return { address: row?.address ?? null, locale: row?.locale ?? DEFAULT_LOCALE };
}

export async function primaryConfirmedEmail(
  userId: string,
  db: DbOrTx = getDb(),
): Promise<string | null> {
  const [row] = await db
    .select({ address: userEmails.address })
    .from(userEmails)
    .where(
      and(
        eq(userEmails.userId, userId),
        eq(userEmails.isPrimary, true),
        isNotNull(userEmails.confirmedAt),
      ),
    );
  return row?.address ?? null;
}

/** The user's other confirmed addresses (all but `exceptId`), oldest first. */
export async function otherConfirmedEmails(
  db: DbOrTx,
  userId: string,
  exceptId: string,
): Promise<Array<{ id: string; address: string }>> {
  const rows = await db
    .select({ id: userEmails.id, address: userEmails.address, confirmedAt: userEmails.confirmedAt })
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), isNotNull(userEmails.confirmedAt)))
    .orderBy(asc(userEmails.createdAt));
  return rows.filter((r) => r.id !== exceptId).map(({ id, address }) => ({ id, address }));
}
