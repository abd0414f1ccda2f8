import type { common as nb } from "../nb/common";
import type { Widen } from "../types";
import { duration } from "./numbers";

/** 45 → "45 seconds", 61 → "two minutes" (always rounded up, so waiting that long is enough). */
function waitText(seconds: number): string {
  if (seconds < 60) return duration(Math.max(1, Math.ceil(seconds)));
  if (seconds < 3600) return duration(Math.ceil(seconds / 60) * 60);
  return duration(Math.ceil(seconds / 3600) * 3600);
}

export const common: Widen<typeof nb> = {
  portalName: "Medlemsportalen",
  certName: "Helse- og KommuneCERT (demo)",
  titleTemplate: "%s – Medlemsportalen",
  portalDescription:
    "Medlemsportalen gives staff in the health and municipal sector access to services from Helse- og KommuneCERT.",
  skipToContent: "Skip to main content",
  scrollAreaLabel: (what: string) => `Table: ${what}`,
  login: "Log in",
  menu: "Menu",
  mainNavLabel: "Main menu",
  loggedInAs: "Logged in as",
  unnamedUser: "Logged-in user",
  nav: {
    overview: "Overview",
    memberGroups: "Member groups",
    profile: "My profile",
  },
  support: {
    heading: "Contact Helse- og KommuneCERT",
    emailLabel: "Email:",
    email: "post@helsecert.no",
    phoneLabel: "Phone:",
    phone: "24 20 00 00",
    phoneHref: "+4724200000",
    phoneNote: "(staffed around the clock during incidents)",
    helpLink: "Help and frequently asked questions",
  },
  /** A browser by family and system: "Chrome på Windows". */
  browserOnSystem: (browser: string, system: string) => `${browser} on ${system}`,
  language: {
    // The switch offers the other language, named in that language.
    switchTo: "Norsk",
  },
  footer: {
    demoNotice: "This is a demonstration service.",
  },
  notFound: {
    title: "Page not found",
    heading: "We could not find the page",
    body: "The page you are looking for does not exist, or it has moved. Check that the address is correct.",
    home: "Go to the front page",
    help: "Get help",
  },
  error: {
    heading: "Something went wrong",
    body: "We could not show the page right now. Try again in a moment.",
    retry: "Try again",
    helpPrefix: "Still having problems?",
    help: "See the help pages or contact us",
  },
  unavailable: {
    title: "Temporarily unavailable",
    heading: "The service is temporarily unavailable",
    body: "We cannot reach the database right now. Nothing has been half-saved. Try again in a moment.",
    retry: "Try again",
  },
  errors: {
    unknownLanguage: "Unknown language.",
    /** A form posted from another site (its Origin is not the portal's). */
    requestRefused: "The request was refused.",
    unavailable:
      "The service is temporarily unavailable, and nothing was saved. Try again in a moment.",
    checkFields: "The form has errors. Correct the marked fields and try again.",
    unexpected:
      "Something went wrong on our side, and nothing was changed. Try again in a moment, or contact support.",
    forbidden: "You do not have permission to do this.",
    rateLimitedTitle: "Too many attempts",
    rateLimited: (seconds: number) =>
      `Too many attempts in a short time. Wait ${waitText(seconds)} and try again.`,
    unsafeText:
      "The text cannot contain line breaks, tabs, control characters or characters that reverse the writing direction.",
    errorSummaryHeading: "To continue, you need to correct the following:",
  },
  dateTime: {
    locale: "en-GB",
    timeZone: "Europe/Oslo",
  },
  dashboard: {
    title: "Overview",
    welcome: (name: string) => `Welcome, ${name}`,
    servicesHeading: "Your services",
    noGroups:
      "You are not a member of any member group yet. The services become available once you are in a member group.",
    findGroup: "Find your member group",
    groupsHeading: "Your member groups",
    noticesHeading: "Service notices and notifications",
    noNotices: "No messages right now.",
    open: "Open",
    locked: "Locked",
    lockedPhishing:
      "Requires logging in with a passkey or with ID-porten at a high security level, because the service shows sensitive information about the organisation.",
    stepUpWithPasskey: "Log in with a passkey",
    closedHours: "The service is closed now.",
    opensAt: (day: string, time: string) => `Opens ${day} at ${time}`,
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    alwaysOpen: "Always open",
    passkeyTitle: "Add a passkey",
    passkeyBody:
      "With a passkey you log in faster, and you get access to services that require a phishing-resistant login.",
    passkeyAction: "Add a passkey",
    loggedInWith: (method: string) => `You are logged in with ${method}.`,
    methodIdporten: (level: string) => `ID-porten (${level} security level)`,
    methodPasskey: "a passkey",
    levelHigh: "high",
    levelSubstantial: "substantial",
  },
  servicePage: {
    title: "Service",
    placeholder:
      "This is a placeholder for the service in the demo version of Medlemsportalen. The service would open here.",
    back: "Back to the overview",
    open: (name: string) => `Go to ${name}`,
    locked: "You do not have access to this service with your current login.",
  },
};
