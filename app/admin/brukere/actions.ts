"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { limitAdminSearch } from "@/lib/admin/search-limit";
import {
  cancelCodeForUser,
  correctUserName,
  resendCodeForUser,
  endUserSession,
  findUserByNationalId,
  nameSchema,
} from "@/lib/admin/user-support";
import { t } from "@/lib/i18n";

const m = t.operations.users;
const id = z.uuid({ error: () => t.admin.errors.invalidId });
const userPage = (values: Record<string, string>) =>
  id.safeParse(values.userId).success ? `/admin/brukere/${values.userId}` : "/admin/brukere";

/** Ends one session of a user (a forgotten shared computer). */
export const endUserSessionAction = adminAction(
  z.object({
    userId: id,
    handle: z.string().regex(/^[\w-]{22}$/, { error: () => m.errors.sessionNotFound }),
  }),
  async ({ userId, handle }, { actor }) => {
    await endUserSession(actor, userId, handle);
    revalidatePath(`/admin/brukere/${userId}`);
    return { ok: true, message: m.sessionEnded };
  },
  { returnTo: userPage, name: "admin.endUserSession" },
);

/** Corrects a user's name. */
export const correctUserNameAction = adminAction(
  z.object({ userId: id, name: nameSchema }),
  async ({ userId, name }, { actor }) => {
    await correctUserName(actor, userId, name);
    revalidatePath(`/admin/brukere/${userId}`);
    return { ok: true, message: m.nameSaved };
  },
  { returnTo: userPage, name: "admin.correctUserName" },
);

/** Finds a user by national identity number (POST, so the number is in no URL or log). */
export const findUserByPidAction = adminAction(
  z.object({
    pid: z
      .string()
      .trim()
      .regex(/^\d{11}$/, { error: () => m.errors.pidInvalid }),
  }),
  async ({ pid }, { actor }) => {
    // Counted with the other admin searches: the number space is small enough to walk.
    const limited = await limitAdminSearch(actor.userId);
    if (limited) return { formError: limited };
    const userId = await findUserByNationalId(actor, pid);
    if (!userId) return { formError: m.pidNotFound, fieldErrors: { pid: [m.pidNotFound] } };
    redirect(`/admin/brukere/${userId}`);
  },
  { returnTo: "/admin/brukere", name: "admin.findUserByPid" },
);

const codeInput = z.object({ userId: id, emailId: id });

/** Sends a new confirmation code to a user's pending address. */
export const resendUserCodeAction = adminAction(
  codeInput,
  async ({ userId, emailId }, { actor }) => {
    await resendCodeForUser(actor, userId, emailId);
    revalidatePath(`/admin/brukere/${userId}`);
    return { ok: true, message: m.resent };
  },
  { returnTo: userPage, name: "admin.resendUserCode" },
);

/** Cancels the live confirmation code of a user's pending address. */
export const cancelUserCodeAction = adminAction(
  codeInput,
  async ({ userId, emailId }, { actor }) => {
    await cancelCodeForUser(actor, userId, emailId);
    revalidatePath(`/admin/brukere/${userId}`);
    return { ok: true, message: m.cancelled };
  },
  { returnTo: userPage, name: "admin.cancelUserCode" },
);
