import type { security as nb } from "../nb/security";
import type { Widen } from "../types";
import { NEW_BROWSER_AFTER_SECONDS, SECURITY_HISTORY_SECONDS } from "@/lib/security-events/policy";
import { lastDuration } from "./numbers";

type Details = Record<string, string | undefined>;

const historyWindow = lastDuration(SECURITY_HISTORY_SECONDS);
const newBrowserWindow = lastDuration(NEW_BROWSER_AFTER_SECONDS);
/** The event stores the method's code ("passkey"); the text names it in the reader's language. */
const loginMethods: Record<string, string> = { idporten: "ID-porten", passkey: "a passkey" };
const methodName = (code: string | undefined) => (code && loginMethods[code]) ?? code ?? "";

/** Emails and the history under My profile about changes to a person's own security. */
export const security: Widen<typeof nb> = {
  kinds: {
    "passkey.added": {
      subject: "New passkey on your account",
      what: (d: Details) =>
        `The passkey “${d.name}” was added to your account in Medlemsportalen. It can be used to log in.`,
      history: (d: Details) => `Passkey added: “${d.name}”`,
      advice: "You'll find your passkeys under My profile → Passkeys.",
    },
    "passkey.removed": {
      subject: "A passkey has been removed from your account",
      what: (d: Details) =>
        `The passkey “${d.name}” was removed from your account in Medlemsportalen. It can no longer be used to log in.`,
      history: (d: Details) => `Passkey removed: “${d.name}”`,
      advice: "You'll find your passkeys under My profile → Passkeys.",
    },
    "email.added": {
      subject: "New email address on your account",
      what: (d: Details) =>
        `The email address ${d.address} was confirmed and added to your account in Medlemsportalen.`,
      history: (d: Details) => `Email address added: ${d.address}`,
      advice: "You'll find your email addresses under My profile.",
    },
    "email.removed": {
      subject: "An email address has been removed from your account",
      what: (d: Details) =>
        `The email address ${d.address} was removed from your account in Medlemsportalen. We will no longer send email there.`,
      history: (d: Details) => `Email address removed: ${d.address}`,
      advice: "You'll find your email addresses under My profile.",
    },
    "email.primary_changed": {
      subject: "New primary email address",
      what: (d: Details) =>
        `${d.address} is now the primary email address on your account in Medlemsportalen. We will send email there from now on.`,
      history: (d: Details) => `Primary email address changed to ${d.address}`,
      advice: "You'll find your email addresses under My profile.",
    },
    "login.new_browser": {
      subject: "Login from a new browser",
      what: (d: Details) =>
        `Someone logged in to your account in Medlemsportalen with ${methodName(d.method)} from a browser you have not used in ${newBrowserWindow}.`,
      history: () => "Login from a new browser",
      advice: "You'll find the logins that are active now under My profile → Logins.",
    },
    "account.disabled": {
      subject: "Your account has been disabled",
      what: () =>
        "Support has disabled your account in Medlemsportalen. You have been logged out, and you cannot log in until the account is enabled again.",
      history: () => "The account was disabled by support",
      advice: "",
    },
    "account.enabled": {
      subject: "Your account has been enabled again",
      what: () =>
        "Support has enabled your account in Medlemsportalen again. You can log in as before.",
      history: () => "The account was enabled again by support",
      advice: "",
    },
  },
  loginMethods,
  email: {
    greeting: "Hello,",
    when: "When",
    whenValue: (at: string) => `${at} (Norwegian time)`,
    browser: "Browser and system",
    unknownBrowser: "Unknown browser",
    bySupport: "Done by",
    support: "Support at Helse- og KommuneCERT",
    notYou: "Wasn't this you?",
    notYouBody: "Contact support straight away, and we'll help you secure your account.",
    notYouBodySupport: "Don't know about this, or do you think it is a mistake? Contact support.",
    contact: (email: string, phone: string, note: string) =>
      `Email: ${email} · Phone: ${phone} ${note}`,
    why: "We are sending you this email because something has changed in the security of your account. It never contains codes or login links.",
  },
  history: {
    title: "Security events",
    lead: `Changes to the security of your account in ${historyWindow}. We also send an email to your primary address each time.`,
    empty: `No changes in ${historyWindow}.`,
    when: "Time",
    what: "What happened",
    where: "Browser and system",
    bySupport: "Support",
    notYou: "Don't recognise an event? Contact support straight away.",
  },
};
