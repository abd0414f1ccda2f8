"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { DomainError } from "@/lib/actions/errors";
import { clientIpFrom } from "@/lib/http/client-info";
import { t } from "@/lib/i18n";
import { removePasskey, renamePasskey } from "@/lib/passkeys/manage";
import { passkeyNameSchema } from "@/lib/passkeys/names";
import { addPasskey } from "@/lib/passkeys/registration";
import { parseRegistrationResponse } from "@/lib/passkeys/responses";

const LIST = "/profil/passnokler";

async function callerIp(): Promise<string | null> {
  return clientIpFrom(new Headers(await headers()));
}

// Saves the passkey the browser has just created (step 2), then shows it in the list (step 3).
export const addPasskeyAction = userAction(
  z.object({ name: passkeyNameSchema, response: z.string().min(2).max(100_000) }),
  async ({ name, response }, { user }) => {
    const parsed = parseRegistrationResponse(response);
    if (!parsed) throw new DomainError("invalid_response", t.passkeys.errors.verification);
    const passkey = await addPasskey({
      userId: user.id,
      name,
      response: parsed,
      ip: await callerIp(),
    });
    redirect(`${LIST}?lagt-til=${passkey.id}`);
  },
  { stepUp: { returnTo: `${LIST}/ny` } },
);

// Renames one of the caller's own passkeys.
export const renamePasskeyAction = userAction(
  z.object({ id: z.uuid(), name: passkeyNameSchema }),
  async ({ id, name }, { user }) => {
    const passkey = await renamePasskey({
      userId: user.id,
      passkeyId: id,
      name,
      ip: await callerIp(),
    });
    revalidatePath(LIST);
    return { ok: true, message: t.passkeys.rename.done(passkey.name) };
  },
);

// Removes one of the caller's own passkeys after the confirmation step.
export const removePasskeyAction = userAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { user }) => {
    await removePasskey({ userId: user.id, passkeyId: id, ip: await callerIp() });
    redirect(`${LIST}?fjernet=1`);
  },
  { stepUp: { returnTo: LIST } },
);
