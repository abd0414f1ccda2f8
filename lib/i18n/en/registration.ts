import type { registration as nb } from "../nb/registration";
import type { Widen } from "../types";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { CODE_POLICY } from "@/lib/registration/policy";
import { duration, lastDuration, numberWord } from "./numbers";

const codeLifetime = duration(CODE_POLICY.lifetimeSeconds);
const digits = `${CODE_POLICY.digits} digits`;

export const registration: Widen<typeof nb> = {
  title: "Register your profile",
  lead: "After your first login with ID-porten, we need to know a little more about you. We use this information to give you the right access in Medlemsportalen.",
  steps: { profile: "Profile", confirm: "Confirm email", membership: "Membership" },
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  name: {
    label: "Full name",
    description: "Please use your full name, so that the administrators recognise you.",
    tooShort: "Enter your full name (at least 2 characters).",
    tooLong: "The name cannot be longer than 100 characters.",
    unsafe:
      "The name cannot contain line breaks, tabs, control characters or characters that reverse the writing direction.",
  },
  email: {
    label: "Work email",
    description:
      "Use the email address you have at work. Then we can link you to the right organisation and member group. You can add more addresses later under “My profile”.",
    invalid: "Enter a valid email address, for example name@hospital.no.",
    privateWarning: (domain: string) =>
      `${domain} looks like a private email address. With your work email you are linked to your organisation automatically. You can still continue.`,
    subject: "Confirm your email address",
    preview: (code: string) => `Your code is ${code}`,
    intro: "Enter this one-time code in Medlemsportalen to confirm your email address:",
    validity: `The code is valid for ${codeLifetime} and can only be used once.`,
    notYou:
      "If you did not ask for this code, you can ignore this email. No one gets access without the code. Feel free to contact us if you receive emails like this without having asked for them.",
  },
  /** To an address another account has confirmed: the same subject, but no code. */
  inUseEmail: {
    preview: "The email address is already in use in Medlemsportalen",
    intro:
      "Someone just asked for a code to confirm this email address in Medlemsportalen. The address is already confirmed on another account, so we have not sent a code, and it cannot be confirmed again.",
    ifYou:
      "Was it you? Then you may have registered before. Log in with ID-porten or the passkey you used then. If you need to move the address to another account, contact support:",
    contact: (email: string, phone: string) => `Email ${email}, phone ${phone}.`,
    notYou:
      "If it was not you, you can ignore this email. No one can use your address unless you confirm it.",
  },
  submit: "Send code",
  sending: "Sending …",
  confirm: {
    title: "Confirm your email address",
    sentTo: "We have sent a one-time code to",
    subjectHint:
      "Open the email with the subject “Confirm your email address”, copy the code and enter it here.",
    validity: `The code is valid for ${codeLifetime}.`,
    wrongAddress: "Wrong address? Change the email address",
    codeLabel: "One-time code",
    codeDescription: `${digits}. The code is sent as soon as you have typed or pasted all the digits.`,
    submit: "Confirm",
    submitting: "Confirming …",
    resend: "Resend code",
    resendIn: (seconds: number) => `You can ask for a new code in ${seconds} seconds.`,
    resent: "We have sent a new code. The previous code no longer works.",
    stillValid:
      "The code we sent you is still valid, so we have not sent a new one. Enter it here. If you cannot find it, you can ask for a new code further down the page.",
    pendingCode: (address: string) => `We have sent a code to ${address} that is still valid.`,
    pendingCodeLink: "Enter the code",
    notFoundHeading: "Cannot find the email?",
    notFoundBody:
      "Wait a couple of minutes, check your spam folder, and ask for a new code on this page if you still do not have it.",
    causesHeading: "Common causes",
    causes: [
      "The email is in the spam or quarantine folder.",
      "You used a private email instead of your work email.",
      "You entered the code after it expired.",
    ],
  },
  errors: {
    codeFormat: `The code has ${digits}. Check that you have entered it correctly.`,
    wrongCode: (remaining: number) =>
      `The code is wrong. You have ${remaining} ${remaining === 1 ? "attempt" : "attempts"} left before the code is blocked.`,
    locked: `The code has been blocked after ${numberWord(CODE_POLICY.maxFailedAttempts, true)} wrong attempts. Ask for a new code with “Resend code”.`,
    expired: `The code has expired. Codes are valid for ${codeLifetime}. Ask for a new code with “Resend code”.`,
    noCode: "There is no valid code for this address. Ask for a new code with “Resend code”.",
    cooldown: (seconds: number) => `Wait ${seconds} seconds before asking for a new code.`,
    addressLimit: `Many codes have been sent to this address in ${lastDuration(RATE_LIMITS.emailCodePerAddress.windowSeconds)}. Wait a while before you try again, or contact support.`,
    userLimit: `You have asked for many codes in ${lastDuration(RATE_LIMITS.emailCodePerUser.windowSeconds)}. Wait a while before you try again, or contact support.`,
    attemptLimit: `Too many attempts in ${lastDuration(RATE_LIMITS.codeAttemptsPerUser.windowSeconds)}. Wait a while before you try again.`,
    emailTaken:
      "This email address cannot be used. It is already confirmed on another account. Contact support if you think this is a mistake.",
    alreadyConfirmed: "This email address is already confirmed on your account.",
    unknownEmail: "Could not find the email address. Start again.",
  },
  done: {
    title: "Your email address is confirmed",
    confirmed: (address: string) => `${address} is confirmed.`,
    member: (group: string) => `You are now a member of ${group}`,
    memberBody: "You find the member group's services and notifications on the overview.",
    noGroup: (domain: string) => `We found no member group for the domain ${domain}.`,
    noGroupBody:
      "You can search for your member group and send a membership request. The administrators are notified and can approve you.",
    searchGroups: "Search for a member group",
    cantFind: "Cannot find your member group? Contact support",
    toDashboard: "Go to the overview",
    passkeyTip: "Tip: Add a passkey under “My profile”, and you will log in faster next time.",
  },
};
