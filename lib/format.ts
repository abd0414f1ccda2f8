const dateTime = new Intl.DateTimeFormat("nb-NO", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Oslo",
});

/** A date and time as people in Norway read it (Oslo time). */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}
