/** The daily summary of waiting join requests to group admins, in Oslo time. */
export const DIGEST_POLICY = {
  timeZone: "Europe/Oslo",
  /** Sent at the first housekeeping run from this hour. */
  hour: 8,
  /** A server that was down all morning does not send yesterday's news in the evening. */
  untilHour: 12,
} as const;
