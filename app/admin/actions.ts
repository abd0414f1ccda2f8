"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { deleteNotice, noticeSchema, publishNotice } from "@/lib/admin/notices";
import { endUserSessions, setUserDisabled } from "@/lib/admin/users";
import { t } from "@/lib/i18n";
import { endNotice } from "@/lib/notices/write";
import { removePasskey } from "@/lib/passkeys/manage";

const id = z.uuid({ error: () => t.admin.errors.invalidId });
const userPage = (values: Record<string, string>) =>
  id.safeParse(values.userId).success ? `/admin/brukere/${values.userId}` : "/admin/brukere";

/** Disables (ends every session at once) or enables a user, after the confirmation step. */
export const setUserDisabledAction = adminAction(
  z.object({ userId: id, disabled: z.enum(["1", "0"]) }),
  async (input, { actor }) => {
    const disabled = input.disabled === "1";
    await setUserDisabled(actor, { userId: input.userId, disabled });
    revalidatePath(`/admin/brukere/${input.userId}`);
    redirect(`/admin/brukere/${input.userId}?utfort=${disabled ? "deaktivert" : "aktivert"}`);
  },
  { name: "admin.setUserDisabled", returnTo: userPage },
);

/** Ends every session of a user, wherever they are logged in. */
export const endUserSessionsAction = adminAction(
  z.object({ userId: id }),
  async (input, { actor }) => {
    const ended = await endUserSessions(actor, input.userId);
    revalidatePath(`/admin/brukere/${input.userId}`);
    return { ok: true, message: t.admin.detail.sessionsEnded(ended) };
  },
  { name: "admin.endUserSessions", returnTo: userPage },
);

/** Removes a user's lost passkey. */
export const removeUserPasskeyAction = adminAction(
  z.object({ userId: id, passkeyId: id }),
  async (input, { actor }) => {
    await removePasskey(actor, { ownerId: input.userId, passkeyId: input.passkeyId });
    revalidatePath(`/admin/brukere/${input.userId}`);
    return { ok: true, message: t.admin.detail.passkeyRemoved };
  },
  { name: "admin.removeUserPasskey", returnTo: userPage },
);

/** Publishes an operational notice for everyone or for chosen groups, possibly scheduled. */
export const publishNoticeAction = adminAction(
  noticeSchema,
  async (input, { actor }) => {
    await publishNotice(actor, input);
    revalidatePath("/admin/driftsmeldinger");
    return { ok: true, message: t.admin.notices.published };
  },
  { returnTo: "/admin/driftsmeldinger", name: "admin.publishNotice" },
);

/** Ends any notice now, everyone's or a group's. */
export const endNoticeAction = adminAction(
  z.object({ noticeId: id }),
  async (input, { actor }) => {
    await endNotice(actor, input.noticeId, { kind: "support" });
    revalidatePath("/admin/driftsmeldinger");
    return { ok: true, message: t.operations.notices.ended };
  },
  { returnTo: "/admin/driftsmeldinger", name: "admin.endNotice" },
);

/** Deletes an operational notice. */
export const deleteNoticeAction = adminAction(
  z.object({ noticeId: id }),
  async (input, { actor }) => {
    await deleteNotice(actor, input.noticeId);
    revalidatePath("/admin/driftsmeldinger");
    return { ok: true, message: t.admin.notices.deleted };
  },
  { name: "admin.deleteNotice", returnTo: "/admin/driftsmeldinger" },
);
