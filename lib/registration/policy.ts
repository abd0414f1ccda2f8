/** Email confirmation codes: short-lived, single use, few guesses, and a pause between sends. */
export const CODE_POLICY = {
  digits: 6,
  lifetimeSeconds: 10 * 60,
  /** Wrong tries before a code dies and a new one must be asked for. */
  maxFailedAttempts: 5,
  resendCooldownSeconds: 60,
} as const;
