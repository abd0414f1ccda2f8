"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { t } from "@/lib/i18n";
import { sendPasskeyReminders } from "@/lib/passkeys/adoption";

/** `Send påminnelse`: the passkey guide to the group's members without one (its admins only). */
export const sendPasskeyRemindersAction = userAction(
  z.object({ groupId: z.uuid() }),
  async ({ groupId }, { actor }) => {
    const sent = await sendPasskeyReminders(actor, groupId);
    return { ok: true, message: t.passkeys.adoption.reminded(sent) };
  },
  { name: "groups.sendPasskeyReminders" },
);
