import "server-only";

export type CurrentUser = { id: string; name: string | null };

/** The logged-in user for rendering, or null. Stub until the session layer lands. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return null;
}
