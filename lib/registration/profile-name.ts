import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";

export const fullNameSchema = z
  .string()
  .trim()
  .min(2, t.registration.name.tooShort)
  .max(100, t.registration.name.tooLong);

export async function setUserName(userId: string, name: string): Promise<void> {
  await getDb().update(users).set({ name }).where(eq(users.id, userId));
}
