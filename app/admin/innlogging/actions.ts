"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { t } from "@/lib/i18n";
import { clientFormSchema } from "@/lib/oidc/client-form";
import { clientInputSchema, rotateClientSecret, saveServiceClient } from "@/lib/oidc/clients";

const m = t.oidc.admin;

/** Registers or changes a service's "Innlogging via portalen"; a new secret is shown once. */
export const saveServiceClientAction = adminAction(
  clientFormSchema,
  async ({ serviceId, input }, { actor }) => {
    const parsed = clientInputSchema().safeParse(input);
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
      const messages = Object.values(fieldErrors).flat();
      return { fieldErrors, formError: messages[0] ?? t.common.errors.checkFields };
    }
    const { secret } = await saveServiceClient(actor, serviceId, parsed.data);
    revalidatePath("/admin/innlogging");
    return { ok: true, message: m.saved, ...(secret ? { oneTimeSecret: secret } : {}) };
  },
  { name: "admin.saveServiceClient", returnTo: (v) => `/admin/innlogging/${v.serviceId ?? ""}` },
);

/** A new client secret; the previous one keeps working for the grace period. */
export const rotateClientSecretAction = adminAction(
  z.object({ serviceId: z.uuid() }),
  async ({ serviceId }, { actor }) => {
    const { secret } = await rotateClientSecret(actor, serviceId);
    revalidatePath(`/admin/innlogging/${serviceId}`);
    return { ok: true, message: m.saved, oneTimeSecret: secret };
  },
  { name: "admin.rotateClientSecret", returnTo: (v) => `/admin/innlogging/${v.serviceId ?? ""}` },
);
