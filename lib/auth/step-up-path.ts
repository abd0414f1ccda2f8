/** Where to re-authenticate, coming back to `returnTo` afterwards. Safe for any module. */
export function stepUpPathFor(returnTo: string): string {
  return `/logg-inn?bekreft=1&callbackUrl=${encodeURIComponent(returnTo)}`;
}
