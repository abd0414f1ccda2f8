import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { LOCALES, type Locale } from "./locale";

export const languageChoice = z.object({ locale: z.enum(LOCALES) });

/** One year: the choice outlives sessions; it is not personal data on its own. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** A logged-in person's choice is also kept with them, so their emails use it. */
export async function rememberLocale(userId: string, locale: Locale): Promise<void> {
  await getDb().update(users).set({ locale }).where(eq(users.id, userId));
}
