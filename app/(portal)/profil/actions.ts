"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { t } from "@/lib/i18n";
import { removeEmail, setPrimaryEmail } from "@/lib/emails/changes";
import { emailAddressSchema } from "@/lib/emails/schema";
import { fullNameSchema, setUserName } from "@/lib/registration/profile-name";
import { requestEmailCode } from "@/lib/registration/request-code";
import { getOwnEmail } from "@/lib/emails/queries";
import { setJoinRequestDigest } from "@/lib/notifications/preferences";
import { codeStepPath } from "@/lib/registration/code-step-path";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";

const m = t.profile;

/** Saves the full name shown to group administrators. */
export const updateNameAction = userAction(
  z.object({ name: fullNameSchema }),
  async ({ name }, { user }) => {
    await setUserName(user.id, name);
    revalidatePath("/profil");
    return { ok: true, message: m.name.saved };
  },
  { name: "profile.updateName" },
);

/** Adds another work email: a code goes to it (or the one that still works), and the confirm page follows. */
export const addEmailAction = userAction(
  z.object({ email: emailAddressSchema }),
  async ({ email }, { actor }) => {
    const sent = await requestEmailCode(actor, email, { keepLiveCode: true });
    redirect(codeStepPath("/profil/e-post/bekreft", sent.emailId, sent.kept));
  },
  {
    name: "profile.addEmail",
    stepUp: { returnTo: "/profil" },
    limits: [RATE_LIMITS.emailCodePerIp],
  },
);

/** Removes an email; memberships it gave end and the user is told. */
export const removeEmailAction = userAction(
  z.object({ emailId: z.uuid() }),
  async ({ emailId }, { user, actor }) => {
    const email = await getOwnEmail(user.id, emailId);
    const ended = await removeEmail(actor, emailId);
    revalidatePath("/profil");
    const address = email?.address ?? "";
    return {
      ok: true,
      message: ended.length
        ? m.emails.removedEnded(address, ended.join(", "))
        : m.emails.removed(address),
    };
  },
  { name: "profile.removeEmail", stepUp: { returnTo: "/profil" } },
);

export const setPrimaryEmailAction = userAction(
  z.object({ emailId: z.uuid() }),
  async ({ emailId }, { actor }) => {
    await setPrimaryEmail(actor, emailId);
    revalidatePath("/profil");
    return { ok: true, message: m.emails.primaryChanged };
  },
  { name: "profile.setPrimaryEmail" },
);

/** Min profil: the group admin's morning summary of waiting join requests, on or off. */
export const setJoinRequestDigestAction = userAction(
  z.object({ digest: z.literal("on").optional() }),
  async ({ digest }, { user }) => {
    const on = digest === "on";
    await setJoinRequestDigest(user.id, on);
    revalidatePath("/profil");
    const texts = t.notifications.preferences;
    return { ok: true, message: on ? texts.savedOn : texts.savedOff };
  },
  { name: "profile.setJoinRequestDigest" },
);
