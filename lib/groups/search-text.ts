/** What group search matches against: lower-cased in JS so æ, ø and å fold the same on every driver. */
export function groupSearchText(groupName: string, organisationName: string | null): string {
  return normaliseSearch(`${groupName} ${organisationName ?? ""}`);
}

export function normaliseSearch(value: string): string {
  return value.toLocaleLowerCase("nb-NO").normalize("NFC").replace(/\s+/g, " ").trim();
}
