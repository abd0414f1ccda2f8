"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { t } from "@/lib/i18n";
import { clientFormSchema } from "@/lib/oidc/client-form";
import { clientInputSchema, rotateClientSecret, saveServiceClient } from "@/lib/oidc/clients";
import { saveService, serviceFormSchema } from "@/lib/admin/services";

const m = t.oidc.admin;
const servicePage = (v: Record<string, string>) =>
  z.uuid().safeParse(v.serviceId).success ? `/admin/tjenester/${v.serviceId}` : "/admin/tjenester";

/** Creates or changes a service: texts, address, login level, groups and opening hours. */
export const saveServiceAction = adminAction(
  serviceFormSchema,
  async (input, { actor }) => {
    const serviceId = await saveService(actor, input);
    revalidatePath("/admin/tjenester");
    if (!input.serviceId) redirect(`/admin/tjenester/${serviceId}?lagret=1`);
    return { ok: true, message: t.operations.services.form.saved };
  },
  { returnTo: servicePage, name: "admin.saveService" },
);

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
    revalidatePath("/admin/tjenester");
    return { ok: true, message: m.saved, ...(secret ? { oneTimeSecret: secret } : {}) };
  },
  { returnTo: servicePage, name: "admin.saveServiceClient" },
);

/** A new client secret; the previous one keeps working for the grace period. */
export const rotateClientSecretAction = adminAction(
  z.object({ serviceId: z.uuid() }),
  async ({ serviceId }, { actor }) => {
    const { secret } = await rotateClientSecret(actor, serviceId);
    revalidatePath(`/admin/tjenester/${serviceId}`);
    return { ok: true, message: m.saved, oneTimeSecret: secret };
  },
  { returnTo: servicePage, name: "admin.rotateClientSecret" },
);
