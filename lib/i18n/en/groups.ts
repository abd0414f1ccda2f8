import type { groups as nb } from "../nb/groups";
import type { Widen } from "../types";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { aDuration, numberWord } from "./numbers";

/** Texts for member groups: search, join requests, the group page and its administration. */
export const groups: Widen<typeof nb> = {
  title: "Member groups",
  heading: "Member groups",
  lead: "Here you see your member groups and the membership requests you have sent. If you cannot find your group, you can search for it and ask to join.",

  mine: {
    heading: "My member groups",
    empty:
      "You are not a member of any member group yet. Search for your organisation's member group below and send a membership request.",
    group: "Member group",
    role: "Role",
    how: "How you joined",
    since: "Member since",
  },
  roles: {
    member: "Member",
    admin: "Administrator",
  },
  sources: {
    domain: "Automatically through the email domain",
    request: "Approved membership request",
    admin: "Added by an administrator",
    seed: "Added by an administrator",
  },

  requests: {
    heading: "My requests",
    empty: "You have not sent any membership requests.",
    group: "Member group",
    status: "Status",
    sent: "Sent",
    decided: "Handled",
    reason: "Reason",
    actions: "Actions",
    withdraw: "Withdraw request",
    withdrawing: "Withdrawing …",
  },
  statuses: {
    pending: "Pending",
    approved: "Approved",
    rejected: "Declined",
    withdrawn: "Withdrawn",
  },

  search: {
    heading: "Find your member group",
    label: "Search for a member group",
    description:
      "Search for the name of the group or the organisation, for example “helse” or “kommune”.",
    button: "Search",
    resultsHeading: (term: string) => `Results for “${term}”`,
    noResults: (term: string) =>
      `We found no member groups matching “${term}”. Try another word or part of the name.`,
    tooShort: (min: number) =>
      `Enter at least ${numberWord(min, true)} ${min === 1 ? "character" : "characters"}.`,
    manyResults: (limit: number) =>
      `Showing the ${limit} best matches. Type more of the name to narrow the search.`,
    orgNumber: "Org. no.",
    automaticDomains: (domains: string) =>
      `You join automatically with an email address on ${domains}. If you do not have such an address, you can send a membership request.`,
    byRequest: "Membership by request. The group's administrators approve it.",
    youAreMember: "You are a member",
    pending: "Request sent – waiting for an answer",
  },
  notFoundHelp: {
    link: "Cannot find your member group?",
    text: "Contact support, and we will help you.",
  },

  requestForm: {
    messageLabel: "Message to the administrators (optional)",
    messageDescription:
      "Feel free to say who you are and why you need access, for example your position and department.",
    counterUnder: (n: number) => `${n} ${n === 1 ? "character" : "characters"} left`,
    counterOver: (n: number) => `${n} ${n === 1 ? "character" : "characters"} too many`,
    submit: "Send request",
    submitting: "Sending …",
    attachMessage: "Add a message (optional)",
  },

  group: {
    organisation: "Organisation",
    orgNumber: "Organisation number",
    services: "Services",
    noServices: "The group has no services yet.",
    notices: "Notifications and service notices",
    noNotices: "No notifications for the group.",
    members: "Members",
    you: "(you)",
    closed:
      "This group does not accept membership requests. Contact support if you think you should be a member.",
    backToList: "Back to member groups",
    tabsLabel: "Group administration",
    tabs: {
      overview: "Overview",
      requests: "Requests",
      members: "Members",
    },
  },

  admin: {
    requestsHeading: "Pending requests",
    noRequests: "No membership requests are waiting to be handled.",
    pagesLabel: "Pages of requests",
    showing: (from: number, to: number, total: number) =>
      `Showing ${from}–${to} of ${total} requests, newest first.`,
    previousPage: "Previous page",
    nextPage: "Next page",
    membersPagesLabel: "Pages of members",
    membersShowing: (from: number, to: number, total: number) =>
      `Showing ${from}–${to} of ${total} members, administrators first, then the newest.`,
    requestFrom: (name: string) => `Request from ${name}`,
    confirmedEmails: "Confirmed email addresses",
    noConfirmedEmails: "No confirmed email addresses",
    message: "Message",
    noMessage: "No message.",
    received: "Received",
    approve: "Approve",
    approving: "Approving …",
    reject: "Decline",
    rejecting: "Declining …",
    reasonLabel: "Reason (optional, shown to the person who asked)",
    membersHeading: "Members and administrators",
    name: "Name",
    role: "Role",
    actions: "Actions",
    makeAdmin: "Make administrator",
    revokeAdmin: "Remove as administrator",
    remove: "Remove from the group",
    removeConfirm: (name: string) =>
      `${name} loses access to the group's services straight away. Do you want to remove the member?`,
    removeConfirmButton: "Yes, remove the member",
    working: "Saving …",
    lastAdminNote: "The group must have at least one administrator.",
  },

  unnamed: "No name",

  /** After a change the page reloads with ?ok=<code>; names stay out of the address. */
  done: {
    sendt:
      "Your membership request has been sent. The group's administrators are told, and you get a notification when it has been handled.",
    trukket: "Your membership request has been withdrawn.",
    godkjent:
      "The membership request has been approved, and the person is now a member of the group.",
    avslatt: "The membership request has been declined. The person is told in the portal.",
    fjernet: "The member has been removed from the group.",
    admin: "The member is now an administrator.",
    "ikke-admin": "The member is no longer an administrator.",
  },

  errors: {
    notFound: "Could not find the member group.",
    closed: "This member group does not accept membership requests.",
    alreadyMember: "You are already a member of this member group.",
    duplicatePending:
      "You already have a membership request waiting for an answer in this group. You find it under “My requests”.",
    tooManyRequests: `You have sent many membership requests in a short time. Wait ${aDuration(RATE_LIMITS.joinRequestsPerUser.windowSeconds)} and try again, or contact support.`,
    messageTooLong: "The message can be at most 1000 characters.",
    reasonTooLong: "The reason can be at most 1000 characters.",
    messageUnsafe:
      "The message cannot contain line breaks, tabs, control characters or characters that reverse the writing direction. Write it as one paragraph.",
    requestNotFound: "Could not find the membership request.",
    notPending: "The membership request has already been handled or withdrawn.",
    alreadyDecided:
      "The membership request has already been handled, perhaps by another administrator. Refresh the page to see its status.",
    notAdmin: "You are not an administrator of this member group.",
    memberNotFound: "The person is not a member of the group.",
    lastAdmin:
      "The group must have at least one administrator. Make someone else administrator first.",
    alreadyAdmin: "The person is already an administrator.",
    notAdminTarget: "The person is not an administrator.",
  },
};
