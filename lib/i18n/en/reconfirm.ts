import type { reconfirm as nb } from "../nb/reconfirm";
import type { Widen } from "../types";
import { RECONFIRM_POLICY } from "@/lib/emails/reconfirm-policy";
import { numberWord } from "./numbers";

/** The yearly re-confirmation of a work address (issue 14). */
export const reconfirm: Widen<typeof nb> = {
  title: "Confirm your email address again",
  due: (address: string, deadline: string) =>
    `It is a year since you confirmed ${address}. Confirm that you still use it by ${deadline}, and you keep the memberships that come from it.`,
  lapsed: (address: string) =>
    `You did not confirm ${address} by the deadline, so the memberships that came from it have ended. Confirm the address, and you become a member again straight away.`,
  why: `Memberships that come from your work address should only last as long as you work there. That is why we ask you to confirm the address once a year. You have ${numberWord(RECONFIRM_POLICY.graceDays)} days to do it.`,
  sendCode: "Send code",
  sendingCode: "Sending …",
  later: "Do it later",
  /** Support's view of one person's address (Adminområdet → Brukere). */
  support: {
    dueOn: (date: string) => `To be confirmed again by ${date}`,
    waiting: (date: string) => `Waiting for a new confirmation, deadline ${date}`,
    lapsed: "Not confirmed again in time",
    start: "Ask for a new confirmation now",
    starting: "Asking …",
    started: "The person will be asked to confirm the address again at their next login.",
    already: "The address is already waiting for a new confirmation.",
  },
  banner: {
    due: (address: string, deadline: string) =>
      `Confirm the email address ${address} again by ${deadline}. Otherwise the memberships that come from it will end.`,
    lapsed: (address: string) =>
      `The email address ${address} is no longer confirmed. Confirm it again to get your membership back.`,
    action: "Confirm now",
  },
};
