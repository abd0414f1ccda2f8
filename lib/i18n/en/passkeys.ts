import type { passkeys as nb } from "../nb/passkeys";
import type { Widen } from "../types";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { PASSKEY_REMINDER_DAYS } from "@/lib/passkeys/reminder-policy";
import { aDuration, lastDuration } from "./numbers";

const stepUpWindow = lastDuration(SESSION_POLICY.stepUpSeconds);

/** Texts for passkeys: My profile → Passkeys, enrolment, and passkey login on /logg-inn. */
export const passkeys: Widen<typeof nb> = {
  /** Passkey adoption in a group (its admins) and the guide emailed by `Send reminder`. */
  adoption: {
    column: "Passkey",
    yes: "Yes",
    no: "No",
    share: (withKey: number, total: number) =>
      `${withKey} of ${total} ${total === 1 ? "member has" : "members have"} a passkey (${total === 0 ? 0 : Math.round((withKey / total) * 100)}%).`,
    portalShare: (withKey: number, total: number) =>
      `Across the whole portal, ${withKey} of ${total} people have a passkey (${total === 0 ? 0 : Math.round((withKey / total) * 100)}%).`,
    remindHint: `Members without a passkey can be sent a short guide by email, at most once every ${PASSKEY_REMINDER_DAYS} days.`,
    remind: "Send reminder",
    reminding: "Sending …",
    reminded: (n: number) =>
      n === 0
        ? `Every member without a passkey has already had a reminder in the last ${PASSKEY_REMINDER_DAYS} days.`
        : `Reminder sent to ${n} ${n === 1 ? "member" : "members"}.`,
    email: {
      subject: "Log in more safely with a passkey",
      preview: "How to add a passkey in Medlemsportalen.",
      greeting: "Hello,",
      why: (group: string) =>
        `The administrator of ${group} in Medlemsportalen asks members to log in with a passkey. A passkey cannot be phished, and you no longer need ID-porten every time.`,
      steps: [
        "Log in to Medlemsportalen with ID-porten.",
        "Go to My profile → Passkeys.",
        "Press “Add passkey” and confirm with your fingerprint, face or PIN.",
      ],
      after: "Next time, choose “Log in with a passkey”.",
    },
  },
  title: "Passkeys",
  lead: "With a passkey you log in with your fingerprint, face recognition or your device's PIN, without going through ID-porten. ID-porten is always available as a fallback.",
  limitNote: (max: number) => `You can have up to ${max} passkeys.`,
  listHeading: "Your passkeys",
  empty: "You don't have any passkeys yet. Add a passkey to log in faster next time.",
  add: "Add passkey",
  atLimit: (max: number) =>
    `You have ${max} passkeys, which is the maximum. Remove a passkey you don't use before adding a new one.`,
  stepUpNote: `To add or remove a passkey, you must have logged in within ${stepUpWindow}. Otherwise we will ask you to confirm it's you first.`,
  errorSummaryHeading: "To continue, correct the following:",
  fields: {
    provider: "Provider",
    storage: "Storage",
    created: "Added",
    lastUsed: "Last used",
  },
  unknownProvider: "Unknown provider",
  /** Names a new passkey gets when the person has not chosen one. */
  defaultNames: {
    passkey: "Passkey",
    securityKey: "Security key",
    phone: "Passkey on phone",
    withPlatform: (name: string, platform: string) => `${name} (${platform})`,
  },
  synced: "Synced",
  deviceBound: "This device only",
  neverUsed: "Not used yet",
  added: (name: string) =>
    `The passkey “${name}” has been added. You can log in with it next time.`,
  addedRenameHint: "You can give it a name you'll recognise with “Rename” in the list.",
  newTag: "New",
  nameFirst: "Choose a name first",
  oneStep: {
    saving: "Saving the passkey …",
  },
  removed: "The passkey has been removed. It can no longer be used to log in.",
  rename: {
    toggle: "Change name",
    toggleNew: "Rename",
    label: "New name",
    labelFor: (name: string) => `for “${name}”`,
    submit: "Save name",
    submitting: "Saving …",
    done: (name: string) => `The name has been changed to “${name}”.`,
  },
  remove: {
    link: "Remove",
    title: "Remove passkey",
    heading: (name: string) => `Do you want to remove the passkey “${name}”?`,
    body: "Once the passkey is removed, it can no longer be used to log in to Medlemsportalen. You can still log in with ID-porten, and you can add a new passkey later.",
    deviceHint:
      "The passkey is still stored on your device or in your password manager. You can delete it there yourself.",
    confirm: "Remove the passkey",
    confirming: "Removing …",
    cancel: "Cancel",
  },
  name: {
    label: "Passkey name",
    description:
      "Choose a name you'll recognise, for example “Work phone”, “Work PC” or “YubiKey”.",
    required: "Enter a name for the passkey, for example “Work phone”.",
    tooLong: (max: number) => `The name can be at most ${max} characters.`,
    invalid:
      "The name cannot contain line breaks, tabs, control characters or characters that reverse the text direction.",
  },
  enrol: {
    title: "Add passkey",
    lead: "It takes three short steps: name the passkey, create it with your browser, and see it in the list.",
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    step1: "Name the passkey",
    step2: "Create the passkey",
    next: "Next",
    back: "Back",
    chosenName: "Name:",
    changeName: "Change the name",
    step2Body:
      "When you press the button, your browser or device will ask for your fingerprint, face recognition, PIN or security key. The passkey is stored on your device or in your password manager, never with us.",
    create: "Create passkey",
    creating: "Waiting for the browser …",
    step3Hint: "In step 3 you will see the passkey in the list.",
    cancelLink: "Cancel and go back to your passkeys",
  },
  errors: {
    unsupported:
      "Your browser does not support passkeys. Use a recent version of Chrome, Edge, Safari or Firefox, or log in with ID-porten.",
    cancelled:
      "Creating the passkey was cancelled, or it timed out. No passkey was added. Try again when you're ready.",
    alreadyOnDevice:
      "This device or password manager already has a passkey for your account. Choose another device, or use the passkey you already have.",
    limit: (max: number) =>
      `You already have ${max} passkeys. Remove one you don't use before adding a new one.`,
    duplicate: "This passkey is already registered. Choose another device or password manager.",
    challenge:
      "The request has expired or has already been used. Press “Create passkey” to try again.",
    verification:
      "We could not verify the passkey from your browser. No passkey was added. Try again.",
    notFound: "We could not find the passkey. It may already have been removed.",
    stepUp:
      "You need to confirm it's you before you can do this. We'll take you to the login page.",
    network: "We could not reach Medlemsportalen. Check your internet connection and try again.",
    unexpected: "Something went wrong, and no passkey was added. Try again in a moment.",
  },
  login: {
    button: "Log in with a passkey",
    busy: "Waiting for the passkey …",
    autofillLabel: "Passkey",
    autofillDescription:
      "Click in the field to choose a passkey your browser has saved for Medlemsportalen.",
    hint: "You can set up a passkey under “My profile” after logging in with ID-porten for the first time.",
    signingIn: "Logging in …",
    fallbackLink: "Log in with ID-porten instead",
    errors: {
      cancelled:
        "Logging in with a passkey was cancelled, or there was no passkey for Medlemsportalen on this device. Try again, or log in with ID-porten.",
      unsupported: "Your browser does not support passkeys. Log in with ID-porten instead.",
      unknown_credential:
        "We don't recognise this passkey. It may have been removed from your account. Log in with ID-porten, and feel free to add a new passkey under “My profile”.",
      challenge_invalid:
        "Logging in took too long or has already been used. Try again, or log in with ID-porten.",
      user_disabled:
        "Your account has been disabled. Contact support if you think this is a mistake.",
      counter_regressed:
        "The passkey was rejected for security reasons because it may have been copied. Log in with ID-porten and contact support.",
      verification_failed: "We could not verify the passkey. Try again, or log in with ID-porten.",
      user_handle_missing:
        "The passkey did not say who it belongs to, so we could not verify it. Try again, or log in with ID-porten.",
      user_handle_mismatch: "We could not verify the passkey. Try again, or log in with ID-porten.",
      unavailable:
        "The service is temporarily unavailable, and you were not logged in. Try again in a moment.",
      rate_limited: `Too many passkey login attempts from this address. Wait ${aDuration(RATE_LIMITS.passkeyLoginPerIp.windowSeconds)} and try again, or log in with ID-porten.`,
      invalid_request: "Logging in could not be completed. Try again, or log in with ID-porten.",
      network: "We could not reach Medlemsportalen. Check your internet connection and try again.",
    },
  },
  stepUp: {
    title: "Confirm it's you",
    heading: "Confirm it's you",
    body: `What you want to do requires that you have logged in within ${stepUpWindow}. Log in again with ID-porten or a passkey, and we'll take you back to where you were.`,
    idportenHeading: "With ID-porten",
    passkeyHeading: "With a passkey",
    cancel: "Cancel and go to the overview",
  },
};
