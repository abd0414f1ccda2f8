import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { currentLocale } from "@/lib/i18n/locale";
import { safeText } from "@/lib/text/safe-text";

export const fullNameSchema = safeText({
  min: 2,
  max: 100,
  tooShort: () => t.registration.name.tooShort,
  tooLong: () => t.registration.name.tooLong,
  unsafe: () => t.registration.name.unsafe,
});

export async function setUserName(userId: string, name: string): Promise<void> {
  await getDb().update(users).set({ name }).where(eq(users.id, userId));
}

/**
 * Registration's first step: the name, and the language the person has been reading in, so a
 * visitor who chose English before registering gets their emails (the code first) in English.
 */
export async function saveRegistrationProfile(userId: string, name: string): Promise<void> {
  await getDb().update(users).set({ name, locale: currentLocale() }).where(eq(users.id, userId));
}
