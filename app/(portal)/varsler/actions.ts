"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { t } from "@/lib/i18n";
import { markAllNotificationsRead } from "@/lib/notifications/queries";

/** Marks all of the caller's own notifications read. */
export const markAllNotificationsReadAction = userAction(
  z.object({}),
  async (_input, { user }) => {
    await markAllNotificationsRead(user.id);
    revalidatePath("/", "layout");
    return { ok: true, message: t.notifications.allRead };
  },
  { name: "notifications.markAllRead" },
);
