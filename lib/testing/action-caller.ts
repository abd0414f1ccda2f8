import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address.mjs";

/**
 * The caller of a server action called straight from a test: the user and session that
 * lib/auth/current-user hands out, and the request headers as server.mjs passes them on. Each
 * test file wires it in with vi.mock (the factories below replace the modules):
 *
 *   const harness = await vi.hoisted(() => import("@/lib/testing/action-caller"));
 *   vi.mock("@/lib/auth/current-user", harness.currentUserModule);
 *   vi.mock("next/headers", harness.headersModule);
 *   vi.mock("next/navigation", harness.navigationModule);
 *   vi.mock("next/cache", harness.cacheModule);
 */
export type CallerUser = { id: string; name: string; role: string; registered: boolean };

export const caller = {
  user: null as CallerUser | null,
  session: null as Record<string, unknown> | null,
  /** The address server.mjs decided on; null when it found none. */
  address: "192.0.2.1" as string | null,
  /** Headers the client wrote itself (a forged X-Forwarded-For, a user agent). */
  headers: {} as Record<string, string>,
};

/** The caller is `userId`, signed in `minutesAgo` minutes ago with ID-porten (or a passkey). */
export function signIn(
  userId: string,
  options: {
    name?: string;
    role?: string;
    registered?: boolean;
    method?: "idporten" | "passkey";
    acr?: string | null;
    minutesAgo?: number;
    sessionId?: string;
  } = {},
): void {
  const at = new Date(Date.now() - (options.minutesAgo ?? 0) * 60_000).toISOString();
  caller.user = {
    id: userId,
    name: options.name ?? "Kari",
    role: options.role ?? "member",
    registered: options.registered ?? true,
  };
  caller.session = {
    userId,
    sessionId: options.sessionId ?? "s1",
    method: options.method ?? "idporten",
    acr: options.acr === undefined ? "idporten-loa-substantial" : options.acr,
    authenticatedAt: at,
    lastSeenAt: at,
  };
}

export function signOut(): void {
  caller.user = null;
  caller.session = null;
}

/** A submitted form with these fields. */
export function form(values: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

export const currentUserModule = () => ({
  getCurrentSession: async () => caller.session,
  getCurrentUser: async () => caller.user,
});

export const headersModule = () => ({
  headers: async () =>
    new Headers({
      ...caller.headers,
      ...(caller.address ? { [CLIENT_ADDRESS_HEADER]: caller.address } : {}),
    }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
});

/** Next's control-flow errors, with the digests Next itself gives them. */
export const navigationModule = () => {
  const control = (kind: string) => (to?: string) => {
    throw Object.assign(new Error(kind), { digest: `${kind};${to ?? ""}`, to });
  };
  return {
    redirect: control("NEXT_REDIRECT"),
    notFound: control("NEXT_NOT_FOUND"),
    forbidden: control("NEXT_HTTP_ERROR_FALLBACK;403"),
  };
};

export const cacheModule = () => ({ revalidatePath: () => {}, revalidateTag: () => {} });
