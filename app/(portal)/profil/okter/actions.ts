"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { recordAudit } from "@/lib/audit/record";
import { clientIpFrom } from "@/lib/http/client-info";
import { t } from "@/lib/i18n";
import { endOtherSessions } from "@/lib/sessions/sessions";

/** Ends every other session of this user (a lost laptop, a shared computer). */
export const endOtherSessionsAction = userAction(
  z.object({}),
  async (_input, { user, session }) => {
    const ended = await endOtherSessions(user.id, session.sessionId);
    await recordAudit({
      action: "sessions.ended_others",
      actorUserId: user.id,
      ip: clientIpFrom(await headers()),
      details: { count: ended },
    });
    revalidatePath("/profil/okter");
    return { ok: true, message: t.profile.sessions.endedOthers(ended) };
  },
);
