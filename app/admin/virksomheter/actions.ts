"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import {
  createOrganisation,
  deleteOrganisation,
  organisationSchema,
  updateOrganisation,
} from "@/lib/admin/organisations";
import { t } from "@/lib/i18n";

const id = z.uuid({ error: () => t.admin.errors.invalidId });
const orgPage = (values: Record<string, string>) =>
  id.safeParse(values.organisationId).success
    ? `/admin/virksomheter/${values.organisationId}`
    : "/admin/virksomheter";

/** Creates a virksomhet and opens its page. */
export const createOrganisationAction = adminAction(
  organisationSchema,
  async (input, { actor }) => {
    const organisationId = await createOrganisation(actor, input);
    revalidatePath("/admin/virksomheter");
    redirect(`/admin/virksomheter/${organisationId}?utfort=opprettet`);
  },
  { returnTo: "/admin/virksomheter", name: "admin.createOrganisation" },
);

/** Changes a virksomhet's name or organisation number. */
export const updateOrganisationAction = adminAction(
  organisationSchema.extend({ organisationId: id }),
  async (input, { actor }) => {
    await updateOrganisation(actor, input.organisationId, input);
    revalidatePath(`/admin/virksomheter/${input.organisationId}`);
    return { ok: true, message: t.register.organisations.saved };
  },
  { returnTo: orgPage, name: "admin.updateOrganisation" },
);

/** Deletes a virksomhet that has no member groups. */
export const deleteOrganisationAction = adminAction(
  z.object({ organisationId: id }),
  async (input, { actor }) => {
    await deleteOrganisation(actor, input.organisationId);
    revalidatePath("/admin/virksomheter");
    redirect("/admin/virksomheter?utfort=slettet");
  },
  { returnTo: orgPage, name: "admin.deleteOrganisation" },
);
