"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { DomainError } from "@/lib/actions/errors";
import { clientIpFrom } from "@/lib/http/client-info";
import { emailAddressSchema } from "@/lib/registration/email-address";
import { setUserName, fullNameSchema } from "@/lib/registration/profile-name";
import { findOwnEmailByAddress } from "@/lib/registration/emails";
import { requestEmailCode } from "@/lib/registration/request-code";

/** Step 3 of seed 003: saves the name and sends a code to the work email. */
export const startRegistrationAction = userAction(
  z.object({ name: fullNameSchema, email: emailAddressSchema }),
  async ({ name, email }, { user }) => {
    if (user.registered) redirect("/oversikt");
    await setUserName(user.id, name);
    try {
      const sent = await requestEmailCode(user.id, email, clientIpFrom(await headers()));
      redirect(`/registrer/bekreft?e=${sent.emailId}`);
    } catch (error) {
      // Back with the same address inside the cooldown: the code already sent still works.
      if (error instanceof DomainError && error.code === "cooldown") {
        const row = await findOwnEmailByAddress(user.id, email);
        if (row) redirect(`/registrer/bekreft?e=${row.id}`);
      }
      throw error;
    }
  },
  { allowUnregistered: true },
);
