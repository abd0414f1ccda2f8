"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import { userAction } from "@/lib/actions/action";
import { t } from "@/lib/i18n";
import { endServiceAccess } from "@/lib/oidc/sign-ins";

/** Ends one service's access: the person is logged out of it (back-channel logout). */
export const endServiceAccessAction = userAction(
  z.object({ clientId: z.string().min(1).max(200) }),
  async ({ clientId }, { actor }) => {
    if (!(await endServiceAccess(actor, clientId))) {
      throw new DomainError("not_found", t.oidc.access.notFound);
    }
    redirect(`/profil/tilganger?avsluttet=${encodeURIComponent(clientId)}`);
  },
  { name: "profile.endServiceAccess" },
);
