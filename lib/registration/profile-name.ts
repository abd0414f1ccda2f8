import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
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
