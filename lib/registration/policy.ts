/** Email confirmation rules from DESIGN.md and issue 3. */
export const CODE_POLICY = {
  lifetimeSeconds: 10 * 60,
  maxFailedAttempts: 5,
  resendCooldownSeconds: 60,
} as const;
