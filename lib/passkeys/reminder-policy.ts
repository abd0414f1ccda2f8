/** `Send påminnelse` emails the passkey guide to one person at most once in this many days. */
export const PASSKEY_REMINDER_DAYS = 30;
