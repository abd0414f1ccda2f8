"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { clientIpFrom } from "@/lib/http/client-info";
import { t } from "@/lib/i18n";
import { removeEmail, setPrimaryEmail } from "@/lib/profile/emails";
import { emailAddressSchema } from "@/lib/registration/email-address";
import { fullNameSchema, setUserName } from "@/lib/registration/profile-name";
import { requestEmailCode } from "@/lib/registration/request-code";
import { getOwnEmail } from "@/lib/registration/emails";

const m = t.profile;
const ip = async () => clientIpFrom(await headers());

/** Saves the full name shown to group administrators. */
export const updateNameAction = userAction(
  z.object({ name: fullNameSchema }),
  async ({ name }, { user }) => {
    await setUserName(user.id, name);
    revalidatePath("/profil");
    return { ok: true, message: m.name.saved };
  },
);

/** Adds another work email: a code goes to it, and the confirm page follows. */
export const addEmailAction = userAction(
  z.object({ email: emailAddressSchema }),
  async ({ email }, { user }) => {
    const sent = await requestEmailCode(user.id, email, await ip());
    redirect(`/profil/e-post/bekreft?e=${sent.emailId}`);
  },
  { stepUp: { returnTo: "/profil" } },
);

/** Removes an email; memberships it gave end and the user is told. */
export const removeEmailAction = userAction(
  z.object({ emailId: z.uuid() }),
  async ({ emailId }, { user }) => {
    const email = await getOwnEmail(user.id, emailId);
    const ended = await removeEmail(user.id, emailId, await ip());
    revalidatePath("/profil");
    const address = email?.address ?? "";
    return {
      ok: true,
      message: ended.length
        ? m.emails.removedEnded(address, ended.join(", "))
        : m.emails.removed(address),
    };
  },
  { stepUp: { returnTo: "/profil" } },
);

export const setPrimaryEmailAction = userAction(
  z.object({ emailId: z.uuid() }),
  async ({ emailId }, { user }) => {
    await setPrimaryEmail(user.id, emailId, await ip());
    revalidatePath("/profil");
    return { ok: true, message: m.emails.primaryChanged };
  },
);
