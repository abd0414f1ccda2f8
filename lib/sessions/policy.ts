/** Session lifetimes: an idle logout with a warning first, and a hard cap on any session. */
export const SESSION_POLICY = {
  idleSeconds: 15 * 60,
  warnBeforeIdleSeconds: 60,
  absoluteSeconds: 12 * 60 * 60,
  /** Adding or removing a passkey or an email, and admin actions, need a login this recent. */
  stepUpSeconds: 15 * 60,
  /** Avoid a write on every request: last_seen_at moves at most this often. */
  touchIntervalSeconds: 15,
} as const;
