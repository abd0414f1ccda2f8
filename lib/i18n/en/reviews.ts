import type { reviews as nb } from "../nb/reviews";
import type { Widen } from "../types";
import { REVIEW_POLICY } from "@/lib/reviews/policy";
import { numberWord } from "./numbers";

/** "2026-Q3" → "Q3 2026". */
function quarterName(period: string): string {
  const [year, q] = period.split("-Q");
  return `Q${q} ${year}`;
}

/** The quarterly access review: `Review members`. */
export const reviews: Widen<typeof nb> = {
  title: "Review members",
  heading: (group: string) => `Review the members of ${group}`,
  lead: (period: string) =>
    `Go through who is a member for ${quarterName(period)}. Keep those who should still have access to the group's services and notifications, and remove those who have left or changed roles. Removed members are told.`,
  taskAlert: (period: string) => `It is time to review the members for ${quarterName(period)}.`,
  openTask: "Review members",
  columns: {
    name: "Name",
    joined: "How the person became a member",
    lastLogin: "Last login",
    confirmed: "Email confirmed",
    decision: "Decision",
  },
  sources: {
    domain: "Automatically, through the email domain",
    request: "Membership request approved",
    admin: "Added by an administrator",
    seed: "Demo data",
  } as Record<string, string>,
  never: "Never",
  yes: "Yes",
  no: "No",
  keep: "Keep",
  remove: "Remove",
  you: "Yourself",
  finish: "Complete the access review",
  finishing: "Completing …",
  done: (kept: number, removed: number) =>
    `The access review is complete: ${kept} kept, ${removed} removed.`,
  completedOn: (when: string, by: string) => `Completed ${when} by ${by}.`,
  noOpen: "There is no open access review for this group right now.",
  errors: {
    closed: "The access review is already complete.",
    lastAdmin: "The group must keep at least one administrator.",
    notMember: "One of the people is no longer a member. Reload the page and try again.",
  },
  email: {
    subject: (group: string) => `Review the members of ${group}`,
    reminderSubject: (group: string) => `Reminder: review the members of ${group}`,
    intro: (group: string, period: string) =>
      `It is time to go through the members of ${group} for ${quarterName(period)}. It only takes a couple of minutes: keep those who should still have access, and remove those who have left.`,
    reminder: `The access review is still not complete after ${numberWord(REVIEW_POLICY.reminderDays)} days.`,
    action: "Log in to Medlemsportalen and choose the group under Member groups → Review members.",
  },
  support: {
    title: "Access reviews",
    lead: "Status of this quarter's review of members in each group.",
    group: "Group",
    period: "Period",
    status: "Status",
    open: "Open",
    reminded: (when: string) => `Reminded ${when}`,
    completed: (when: string) => `Completed ${when}`,
    remind: "Send reminder",
    reminding: "Sending …",
    remindedNow: "Reminder sent to the group's administrators.",
    empty: "No access reviews yet. They open at the start of each quarter.",
  },
};
