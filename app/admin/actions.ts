"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { deleteNotice, noticeSchema, publishNotice } from "@/lib/admin/notices";
import { endUserSessions, removeUserPasskey, setUserDisabled } from "@/lib/admin/users";
import { t } from "@/lib/i18n";

const id = z.uuid(t.admin.errors.invalidId);
const userPage = (values: Record<string, string>) =>
  id.safeParse(values.userId).success ? `/admin/brukere/${values.userId}` : "/admin/brukere";

/** Disables (ends every session at once) or enables a user, after the confirmation step. */
export const setUserDisabledAction = adminAction(
  z.object({ userId: id, disabled: z.enum(["1", "0"]) }),
  async (input, { user, ip }) => {
    const disabled = input.disabled === "1";
    await setUserDisabled({ actorId: user.id, userId: input.userId, ip, disabled });
    revalidatePath(`/admin/brukere/${input.userId}`);
    redirect(`/admin/brukere/${input.userId}?utfort=${disabled ? "deaktivert" : "aktivert"}`);
  },
  { returnTo: userPage },
);

/** Ends every session of a user, wherever they are logged in. */
export const endUserSessionsAction = adminAction(
  z.object({ userId: id }),
  async (input, { user, ip }) => {
    const ended = await endUserSessions({ actorId: user.id, userId: input.userId, ip });
    revalidatePath(`/admin/brukere/${input.userId}`);
    return { ok: true, message: t.admin.detail.sessionsEnded(ended) };
  },
  { returnTo: userPage },
);

/** Removes a user's lost passkey. */
export const removeUserPasskeyAction = adminAction(
  z.object({ userId: id, passkeyId: id }),
  async (input, { user, ip }) => {
    await removeUserPasskey({ actorId: user.id, ip, ...input });
    revalidatePath(`/admin/brukere/${input.userId}`);
    return { ok: true, message: t.admin.detail.passkeyRemoved };
  },
  { returnTo: userPage },
);

/** Publishes an operational notice that every user sees. */
export const publishNoticeAction = adminAction(
  noticeSchema,
  async (input, { user, ip }) => {
    await publishNotice({ actorId: user.id, ip, ...input });
    revalidatePath("/admin/driftsmeldinger");
    return { ok: true, message: t.admin.notices.published };
  },
  { returnTo: "/admin/driftsmeldinger" },
);

/** Deletes an operational notice. */
export const deleteNoticeAction = adminAction(
  z.object({ noticeId: id }),
  async (input, { user, ip }) => {
    await deleteNotice({ actorId: user.id, ip, noticeId: input.noticeId });
    revalidatePath("/admin/driftsmeldinger");
    return { ok: true, message: t.admin.notices.deleted };
  },
  { returnTo: "/admin/driftsmeldinger" },
);
