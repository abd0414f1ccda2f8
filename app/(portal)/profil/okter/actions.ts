"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { t } from "@/lib/i18n";
import { endOtherSessions } from "@/lib/sessions/sessions";

/** Ends every other session of this user (a lost laptop, a shared computer). */
export const endOtherSessionsAction = userAction(
  z.object({}),
  async (_input, { session, actor }) => {
    const ended = await endOtherSessions(actor, session.sessionId);
    revalidatePath("/profil/okter");
    return { ok: true, message: t.profile.sessions.endedOthers(ended) };
  },
  { name: "sessions.endOthers" },
);
