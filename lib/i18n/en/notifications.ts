import type { notifications as nb } from "../nb/notifications";
import type { Widen } from "../types";
import { DIGEST_POLICY } from "@/lib/groups/digest-policy";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { numberWord, perDuration } from "./numbers";

type Params = Record<string, string | undefined>;

const adminEmails = RATE_LIMITS.joinRequestEmailPerAdminGroup;
const digestHour = String(DIGEST_POLICY.hour).padStart(2, "0");
const adminEmailCount =
  adminEmails.limit === 1 ? "one such email" : `${numberWord(adminEmails.limit)} such emails`;

/** "one membership request", "five membership requests", "12 membership requests". */
function requests(n: number): string {
  return `${numberWord(n)} membership ${n === 1 ? "request" : "requests"}`;
}

function waiting(n: number): string {
  return n === 1 ? "is waiting" : "are waiting";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Texts for notifications in the portal and the email to group admins. */
export const notifications: Widen<typeof nb> = {
  title: "Notifications",
  heading: "Notifications",
  lead: "Here you see what has happened with your membership requests and memberships.",
  bell: "Notifications",
  bellLabel: (unread: number) =>
    unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`,
  empty: "You have no notifications.",
  unread: "New",
  unreadCount: (n: number) => (n === 1 ? "1 unread notification" : `${n} unread notifications`),
  markAllRead: "Mark all as read",
  markingAllRead: "Marking …",
  allRead: "All notifications have been marked as read.",
  open: "Open",

  /** One text per kind, rendered from the params stored with the notification. */
  kinds: {
    "join_request.received": (p: Params) =>
      `${p.requesterName ?? "Someone"} is asking to become a member of ${p.groupName}.`,
    "join_request.approved": (p: Params) =>
      `Your membership request for ${p.groupName} has been approved. You are now a member.`,
    "join_request.rejected": (p: Params) =>
      p.reason
        ? `Your membership request for ${p.groupName} has been declined. Reason: ${p.reason}`
        : `Your membership request for ${p.groupName} has been declined.`,
    "membership.added": (p: Params) => `You have been added as a member of ${p.groupName}.`,
    "membership.removed": (p: Params) =>
      `You have been removed from the member group ${p.groupName}.`,
    "membership.lapsed": (p: Params) =>
      `Your membership of ${p.groupName} has ended because the email address was not confirmed again. Confirm the address, and you become a member again.`,
    "admin.granted": (p: Params) => `You are now an administrator of ${p.groupName}.`,
    "review.opened": (p: Params) =>
      `It is time to review the members of ${p.groupName}: keep or remove each one.`,
    "review.reminder": (p: Params) =>
      `Reminder: the access review of the members of ${p.groupName} is not complete.`,
    "admin.revoked": (p: Params) => `You are no longer an administrator of ${p.groupName}.`,
  },
  unknownKind: "You have a new notification.",

  digest: {
    subject: (total: number) => capitalise(`${requests(total)} ${waiting(total)} for an answer`),
    heading: "Membership requests waiting for an answer",
    intro: (total: number) =>
      capitalise(
        `${requests(total)} for the groups you administer ${waiting(total)} for an answer.`,
      ),
    groupLine: (pending: number, oldest: string) =>
      pending === 1
        ? `One membership request, from ${oldest}.`
        : capitalise(`${requests(pending)}, the oldest from ${oldest}.`),
    action: (group: string) => `See the membership requests for ${group}`,
    why: `You get this summary at ${digestHour}:00 every morning when membership requests are waiting for an answer. You can turn it off under My profile in Medlemsportalen.`,
  },

  preferences: {
    heading: "Email about membership requests",
    digestLabel: `Send me a summary at ${digestHour}:00 every morning when membership requests are waiting for an answer`,
    digestDescription:
      "You still get an email straight away when someone asks to become a member of a group you administer.",
    save: "Save",
    saving: "Saving …",
    savedOn: "You will get the summary every morning when membership requests are waiting.",
    savedOff: "You will no longer get the morning summary.",
  },

  email: {
    joinRequestSubject: (group: string) => `New membership request for ${group}`,
    joinRequestPreview: (name: string, group: string) =>
      `${name} is asking to become a member of ${group}.`,
    joinRequestHeading: "New membership request",
    joinRequestBody: (name: string, group: string) =>
      `${name} has asked to become a member of ${group} in Medlemsportalen.`,
    joinRequestAction: "See the request in Medlemsportalen",
    joinRequestThrottle: `You get at most ${adminEmailCount} per group ${perDuration(adminEmails.windowSeconds)}. You see further requests under Notifications in the portal, and if any are still waiting, you get a summary at ${digestHour}:00 the next morning.`,
    footer: "This email was sent from Medlemsportalen at Helse- og KommuneCERT (demo).",
  },
};
