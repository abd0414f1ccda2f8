"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { decideJoinRequest, REASON_MAX_LENGTH } from "@/lib/groups/decisions";
import {
  MESSAGE_MAX_LENGTH,
  sendJoinRequest,
  withdrawJoinRequest,
} from "@/lib/groups/join-requests";
import { removeMember, setGroupAdmin } from "@/lib/groups/members";
import { t } from "@/lib/i18n";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { optionalSafeText } from "@/lib/text/safe-text";

const e = t.groups.errors;
const slug = z.string().regex(/^[a-z0-9-]{1,100}$/);
/** Where the form was: a group page (slug) or the search on /medlemsgrupper (q). */
const back = { slug: slug.optional(), q: z.string().max(200).optional() };
/** The page of the request or member list the change was made on, to return to it. */
const side = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .optional();

function backTo(
  where: { slug?: string; q?: string; side?: string },
  ok: string,
  tab?: string,
): string {
  const params = new URLSearchParams();
  if (!where.slug && where.q) params.set("q", where.q);
  if (tab) params.set("fane", tab);
  if (where.side && where.side !== "1") params.set("side", where.side);
  params.set("ok", ok);
  return where.slug ? `/medlemsgrupper/${where.slug}?${params}` : `/medlemsgrupper?${params}`;
}

/** Asks to join a group, with an optional message to its admins. */
export const sendJoinRequestAction = userAction(
  z.object({
    groupId: z.uuid(),
    message: optionalSafeText({
      max: MESSAGE_MAX_LENGTH,
      tooLong: () => e.messageTooLong,
      unsafe: () => e.messageUnsafe,
    }),
    ...back,
  }),
  async (input, { actor }) => {
    await sendJoinRequest(actor, { groupId: input.groupId, message: input.message });
    redirect(backTo(input, "sendt"));
  },
  { name: "groups.sendJoinRequest", limits: [RATE_LIMITS.joinRequestsPerIp] },
);

/** Takes back one's own open request. */
export const withdrawJoinRequestAction = userAction(
  z.object({ requestId: z.uuid(), ...back }),
  async (input, { actor }) => {
    await withdrawJoinRequest(actor, input.requestId);
    redirect(backTo(input, "trukket"));
  },
  { name: "groups.withdrawJoinRequest" },
);

// Group administration is admin work: it needs a login younger than 15 minutes.
const adminStepUp = {
  stepUp: {
    returnTo: (v: Record<string, string>) => `/medlemsgrupper/${encodeURIComponent(v.slug ?? "")}`,
  },
};

/** A group admin approves a request; lib/groups checks the admin right on the request's group. */
export const approveJoinRequestAction = userAction(
  z.object({ requestId: z.uuid(), slug, side }),
  async (input, { actor }) => {
    await decideJoinRequest(actor, input.requestId, {
      decision: "approve",
    });
    redirect(backTo(input, "godkjent", "foresporsler"));
  },
  { ...adminStepUp, name: "groups.approveJoinRequest" },
);

/** A group admin rejects a request, optionally with a reason the requester sees. */
export const rejectJoinRequestAction = userAction(
  z.object({
    requestId: z.uuid(),
    slug,
    side,
    reason: optionalSafeText({
      max: REASON_MAX_LENGTH,
      tooLong: () => e.reasonTooLong,
      unsafe: () => e.messageUnsafe,
    }),
  }),
  async (input, { actor }) => {
    await decideJoinRequest(actor, input.requestId, {
      decision: "reject",
      reason: input.reason,
    });
    redirect(backTo(input, "avslatt", "foresporsler"));
  },
  { ...adminStepUp, name: "groups.rejectJoinRequest" },
);

/** A group admin removes a member. */
export const removeMemberAction = userAction(
  z.object({ groupId: z.uuid(), userId: z.uuid(), slug, side }),
  async (input, { actor }) => {
    await removeMember(actor, { groupId: input.groupId, userId: input.userId });
    redirect(backTo(input, "fjernet", "medlemmer"));
  },
  { ...adminStepUp, name: "groups.removeMember" },
);

/** A group admin makes a member admin, or an admin a member again. */
export const setGroupAdminAction = userAction(
  z.object({
    groupId: z.uuid(),
    userId: z.uuid(),
    slug,
    side,
    admin: z.enum(["true", "false"]),
  }),
  async (input, { actor }) => {
    const admin = input.admin === "true";
    await setGroupAdmin(actor, { groupId: input.groupId, userId: input.userId, admin });
    redirect(backTo(input, admin ? "admin" : "ikke-admin", "medlemmer"));
  },
  { ...adminStepUp, name: "groups.setGroupAdmin" },
);
