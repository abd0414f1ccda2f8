import type { profile as nb } from "../nb/profile";
import type { Widen } from "../types";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { duration, lastDuration } from "./numbers";

export const profile: Widen<typeof nb> = {
  title: "My profile",
  nav: {
    label: "My profile",
    details: "Profile and email",
    passkeys: "Passkeys",
    sessions: "Logins",
    access: "Access",
    security: "Security",
  },
  name: {
    heading: "Name",
    save: "Save name",
    saving: "Saving …",
    saved: "Your name has been saved.",
  },
  emails: {
    heading: "Email addresses",
    lead: "Each confirmed work email links you to your organisation's member group. If you work for more than one organisation, you can add more addresses.",
    primary: "Primary",
    confirmed: "Confirmed",
    unconfirmed: "Not confirmed",
    makePrimary: "Make primary",
    remove: "Remove",
    removeConfirmTitle: (address: string) => `Remove ${address}?`,
    removeConfirmBody:
      "Memberships you got automatically through this address will end, unless another of your addresses gives the same membership.",
    removeConfirm: "Yes, remove the address",
    cancel: "Cancel",
    confirmNow: "Confirm now",
    addHeading: "Add an email address",
    addLabel: "New work email",
    add: "Send code",
    adding: "Sending …",
    removed: (address: string) => `${address} has been removed.`,
    removedEnded: (address: string, groups: string) =>
      `${address} has been removed. You are no longer a member of ${groups}, because the membership came from this address.`,
    primaryChanged: "Your primary address has been changed.",
    stepUpNote: `For security reasons, you must have logged in within ${lastDuration(SESSION_POLICY.stepUpSeconds)} to add or remove email addresses.`,
    confirmTitle: "Confirm a new email address",
    backToProfile: "Back to My profile",
  },
  sessions: {
    heading: "Active logins",
    lead: `These are your logins that are active now. You are logged out after ${duration(SESSION_POLICY.idleSeconds)} without activity, and after ${duration(SESSION_POLICY.absoluteSeconds)} at the latest.`,
    current: "This login",
    method: { idporten: "ID-porten", passkey: "Passkey" },
    level: { "idporten-loa-substantial": "substantial", "idporten-loa-high": "high" } as Record<
      string,
      string
    >,
    started: "Logged in",
    lastSeen: "Last active",
    device: "Browser",
    empty: "No active logins.",
    endOthers: "Log out all other logins",
    ending: "Logging out …",
    endedOthers: (n: number) =>
      n === 0
        ? "There were no other logins."
        : `${n} ${n === 1 ? "login has" : "logins have"} been logged out.`,
    unknownDevice: "Unknown browser",
  },
  errors: {
    unknownEmail: "Could not find the email address.",
    primaryUnconfirmed: "Only a confirmed address can be primary.",
    lastEmail:
      "You must have at least one confirmed email address. Add and confirm a new address before you remove this one.",
  },
};
