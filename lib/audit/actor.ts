/** Where a request came from: the client address (trusted-proxy rule) and its browser. */
export type RequestOrigin = { ip: string | null; userAgent: string | null };

/** Who is acting, for permission checks and the audit log. */
export type Actor = RequestOrigin & { userId: string };

export function actorOf(userId: string, origin: RequestOrigin): Actor {
  return { userId, ip: origin.ip, userAgent: origin.userAgent };
}
