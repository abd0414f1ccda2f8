"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { DomainError } from "@/lib/actions/errors";
import { t } from "@/lib/i18n";
import { removePasskey, renamePasskey } from "@/lib/passkeys/manage";
import { passkeyNameSchema } from "@/lib/passkeys/names";
import { addPasskey } from "@/lib/passkeys/registration";
import { parseRegistrationResponse } from "@/lib/passkeys/responses";

const LIST = "/profil/passnokler";
const ADD_IN_ONE_PRESS = `${LIST}?legg-til=1`;

/** A name the person chose, or none: then the passkey is named from its provider and device. */
const optionalName = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value : undefined))
  .pipe(passkeyNameSchema.optional());

// Saves the passkey the browser has just created, then shows it highlighted in the list.
export const addPasskeyAction = userAction(
  z.object({ name: optionalName, response: z.string().min(2).max(100_000) }),
  async ({ name, response }, { actor }) => {
    const parsed = parseRegistrationResponse(response);
    if (!parsed) throw new DomainError("invalid_response", t.passkeys.errors.verification);
    const passkey = await addPasskey(actor, { name, response: parsed });
    redirect(`${LIST}?lagt-til=${passkey.id}`);
  },
  // Back where the person started: naming first, or the one press (which starts again).
  {
    name: "passkeys.add",
    stepUp: { returnTo: (values) => (values.name?.trim() ? `${LIST}/ny` : ADD_IN_ONE_PRESS) },
  },
);

// Renames one of the caller's own passkeys.
export const renamePasskeyAction = userAction(
  z.object({ id: z.uuid(), name: passkeyNameSchema }),
  async ({ id, name }, { actor }) => {
    const passkey = await renamePasskey(actor, { passkeyId: id, name });
    revalidatePath(LIST);
    return { ok: true, message: t.passkeys.rename.done(passkey.name) };
  },
  { name: "passkeys.rename" },
);

// Removes one of the caller's own passkeys after the confirmation step.
export const removePasskeyAction = userAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { actor }) => {
    await removePasskey(actor, { ownerId: actor.userId, passkeyId: id });
    redirect(`${LIST}?fjernet=1`);
  },
  { name: "passkeys.remove", stepUp: { returnTo: LIST } },
);
