"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { addDomain, domainSchema, previewDomain, removeDomain } from "@/lib/admin/domains";
import { addGroupAdmin, removeGroupAdmin } from "@/lib/admin/group-admins";
import { createGroup, groupSchema, updateGroup } from "@/lib/admin/groups";
import { t } from "@/lib/i18n";

const id = z.uuid({ error: () => t.admin.errors.invalidId });
const m = t.register;
const groupPage = (values: Record<string, string>) =>
  id.safeParse(values.groupId).success
    ? `/admin/medlemsgrupper/${values.groupId}`
    : "/admin/medlemsgrupper";

/** Creates a member group and opens its page, where domains and admins are added. */
export const createGroupAction = adminAction(
  groupSchema,
  async (input, { actor }) => {
    const group = await createGroup(actor, input);
    revalidatePath("/admin/medlemsgrupper");
    redirect(`/admin/medlemsgrupper/${group.id}?utfort=opprettet`);
  },
  { returnTo: "/admin/medlemsgrupper", name: "admin.createGroup" },
);

/** Changes a group's name, description, virksomhet, opptak or slug. */
export const updateGroupAction = adminAction(
  groupSchema.extend({ groupId: id }),
  async (input, { actor }) => {
    await updateGroup(actor, input.groupId, input);
    revalidatePath(`/admin/medlemsgrupper/${input.groupId}`);
    return { ok: true, message: m.groups.saved };
  },
  { returnTo: groupPage, name: "admin.updateGroup" },
);

/**
 * Legg til domene in two steps: without `confirm` it only counts the people the domain concerns
 * (the preview); with it, it saves (and for Automatic groups joins them in the same transaction).
 */
export const addDomainAction = adminAction(
  domainSchema.extend({ groupId: id, confirm: z.literal("1").optional() }),
  async (input, { actor }) => {
    const values = {
      groupId: input.groupId,
      domain: input.domain,
      includeSubdomains: input.includeSubdomains ? "on" : "",
    };
    if (!input.confirm) {
      const count = await previewDomain(input.groupId, input);
      return { values: { ...values, preview: String(count) } };
    }
    const { joined } = await addDomain(actor, input.groupId, input);
    revalidatePath(`/admin/medlemsgrupper/${input.groupId}`);
    return { ok: true, message: m.domains.added(input.domain, joined) };
  },
  { returnTo: groupPage, name: "admin.addDomain" },
);

/** Removes a domain; members stay members. */
export const removeDomainAction = adminAction(
  z.object({ groupId: id, domainId: id }),
  async (input, { actor }) => {
    await removeDomain(actor, input);
    revalidatePath(`/admin/medlemsgrupper/${input.groupId}`);
    // The row (and its form) is gone: the page says what happened.
    redirect(`/admin/medlemsgrupper/${input.groupId}?utfort=domene-fjernet#domains`);
  },
  { returnTo: groupPage, name: "admin.removeDomain" },
);

/** Makes a person admin of the group (and a member, if they were not). */
export const addGroupAdminAction = adminAction(
  z.object({ groupId: id, userId: id }),
  async (input, { actor }) => {
    await addGroupAdmin(actor, input);
    revalidatePath(`/admin/medlemsgrupper/${input.groupId}`);
    redirect(`/admin/medlemsgrupper/${input.groupId}?utfort=admin-lagt-til#admins`);
  },
  { returnTo: groupPage, name: "admin.addGroupAdmin" },
);

/** Makes an admin a plain member again; the last admin only with `confirmLast`. */
export const removeGroupAdminAction = adminAction(
  z.object({ groupId: id, userId: id, confirmLast: z.literal("on").optional() }),
  async (input, { actor }) => {
    await removeGroupAdmin(actor, {
      groupId: input.groupId,
      userId: input.userId,
      confirmLast: input.confirmLast === "on",
    });
    revalidatePath(`/admin/medlemsgrupper/${input.groupId}`);
    redirect(`/admin/medlemsgrupper/${input.groupId}?utfort=admin-fjernet#admins`);
  },
  { returnTo: groupPage, name: "admin.removeGroupAdmin" },
);
