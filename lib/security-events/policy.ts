/** How long changes to a person's security are kept for them to see under Min profil. */
export const SECURITY_HISTORY_SECONDS = 90 * 86_400;

/** A login from a browser not seen for this person in this long gets an email. */
export const NEW_BROWSER_AFTER_SECONDS = 90 * 86_400;
