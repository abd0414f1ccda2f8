import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import { memberGroups, oidcClients, serviceGroups, services, type Service } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { parseDayRanges, WEEKDAYS, type WeeklyHours } from "@/lib/services/opening-hours";

const m = t.operations.services.errors;
const GROUP_FIELD = /^group-([0-9a-f-]{36})$/;

/** A day's opening ranges as typed in its field ("08.00-11.30, 12.30-16.00"). */
const dayField = z
  .string()
  .trim()
  .max(200, { error: () => m.hoursInvalid })
  .optional()
  .default("");

/**
 * The service form: groups come as one checkbox per group (`group-<id>`), opening hours as
 * one text field per weekday (`day-1` … `day-7`), read into WeeklyHours here.
 */
export const serviceFormSchema = z
  .looseObject({
    serviceId: z
      .uuid()
      .optional()
      .or(z.literal("").transform(() => undefined)),
    name: z
      .string()
      .trim()
      .min(1, { error: () => m.nameRequired })
      .max(120, { error: () => m.nameTooLong }),
    description: z
      .string()
      .trim()
      .max(500, { error: () => m.descriptionTooLong })
      .default(""),
    url: z
      .string()
      .trim()
      .max(500, { error: () => m.urlInvalid })
      .refine((v) => v === "" || isHttpsUrl(v), { error: () => m.urlInvalid }),
    requiresPhishingResistant: z.literal("on").optional(),
    offeredToAll: z.literal("on").optional(),
    hours: z.enum(["always", "weekly"], { error: () => m.hoursChoice }),
    "day-1": dayField,
    "day-2": dayField,
    "day-3": dayField,
    "day-4": dayField,
    "day-5": dayField,
    "day-6": dayField,
    "day-7": dayField,
  })
  .transform((input, ctx) => {
    const groupIds = Object.entries(input)
      .filter(([key, value]) => GROUP_FIELD.test(key) && value === "on")
      .map(([key]) => GROUP_FIELD.exec(key)![1]!);
    let openingHours: WeeklyHours | null = null;
    if (input.hours === "weekly") {
      openingHours = [];
      for (const day of WEEKDAYS) {
        const ranges = parseDayRanges(day, input[`day-${day}`]);
        if (!ranges) {
          ctx.addIssue({ code: "custom", path: [`day-${day}`], message: m.hoursInvalid });
          return z.NEVER;
        }
        openingHours.push(...ranges);
      }
      if (openingHours.length === 0) {
        ctx.addIssue({ code: "custom", path: ["day-1"], message: m.hoursEmpty });
        return z.NEVER;
      }
    }
    return {
      serviceId: input.serviceId,
      name: input.name,
      description: input.description,
      url: input.url || null,
      requiresPhishingResistant: input.requiresPhishingResistant === "on",
      offeredToAll: input.offeredToAll === "on",
      alwaysOpen: input.hours === "always",
      openingHours,
      groupIds,
    };
  });

export type ServiceInput = z.infer<typeof serviceFormSchema>;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** "Varsler fra sensorene" → "varsler-fra-sensorene". */
function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "tjeneste";
}

export type AdminServiceRow = {
  service: Service;
  groups: string[];
  clientEnabled: boolean | null;
};

/** Every service with the names of the groups it is offered to and its sign-in status. */
export async function listServicesForAdmin(): Promise<AdminServiceRow[]> {
  const rows = await getDb()
    .select({
      service: services,
      groups: sql<string[]>`coalesce((
        select array_agg(${memberGroups.name} order by ${memberGroups.name})
        from ${serviceGroups} join ${memberGroups} on ${memberGroups.id} = ${serviceGroups.groupId}
        where ${serviceGroups.serviceId} = ${services.id}), '{}')`,
      clientEnabled: oidcClients.enabled,
    })
    .from(services)
    .leftJoin(oidcClients, eq(oidcClients.serviceId, services.id))
    .orderBy(asc(services.sortOrder), asc(services.name));
  return rows.map((r) => ({ ...r, clientEnabled: r.clientEnabled ?? null }));
}

/** One service and the ids of the groups it is offered to. */
export async function getServiceForAdmin(
  serviceId: string,
): Promise<{ service: Service; groupIds: string[] } | null> {
  const db = getDb();
  const [service] = await db.select().from(services).where(eq(services.id, serviceId));
  if (!service) return null;
  const links = await db
    .select({ groupId: serviceGroups.groupId })
    .from(serviceGroups)
    .where(eq(serviceGroups.serviceId, serviceId));
  return { service, groupIds: links.map((l) => l.groupId) };
}

/** All groups, for the "offered to" checkboxes. */
export async function groupChoices(): Promise<Array<{ id: string; name: string }>> {
  return getDb()
    .select({ id: memberGroups.id, name: memberGroups.name })
    .from(memberGroups)
    .orderBy(asc(memberGroups.name));
}

async function checkGroups(tx: Tx, groupIds: string[]): Promise<void> {
  if (groupIds.length === 0) return;
  const found = await tx
    .select({ id: memberGroups.id })
    .from(memberGroups)
    .where(inArray(memberGroups.id, groupIds));
  if (found.length !== new Set(groupIds).size) {
    throw new DomainError("group_not_found", m.groupNotFound);
  }
}

async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugOf(name);
  const taken = await tx
    .select({ slug: services.slug })
    .from(services)
    .where(sql`${services.slug} = ${base} or ${services.slug} like ${`${base}-%`}`);
  const slugs = new Set(taken.map((r) => r.slug));
  if (!slugs.has(base)) return base;
  for (let i = 2; ; i++) if (!slugs.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Creates or changes a service and the groups it is offered to, in one transaction. */
export async function saveService(actor: Actor, input: ServiceInput): Promise<string> {
  return getDb().transaction(async (tx) => {
    await checkGroups(tx, input.groupIds);
    const values = {
      name: input.name,
      description: input.description,
      url: input.url,
      requiresPhishingResistant: input.requiresPhishingResistant,
      offeredToAll: input.offeredToAll,
      alwaysOpen: input.alwaysOpen,
      openingHours: input.openingHours,
    };
    let serviceId = input.serviceId;
    if (serviceId) {
      const [row] = await tx
        .update(services)
        .set(values)
        .where(eq(services.id, serviceId))
        .returning({ id: services.id });
      if (!row) throw new DomainError("service_not_found", m.notFound);
      await tx.delete(serviceGroups).where(eq(serviceGroups.serviceId, serviceId));
    } else {
      const [{ max }] = (await tx
        .select({ max: sql<number>`coalesce(max(${services.sortOrder}), 0)`.mapWith(Number) })
        .from(services)) as [{ max: number }];
      const [row] = await tx
        .insert(services)
        .values({ ...values, slug: await freeSlug(tx, input.name), sortOrder: max + 1 })
        .returning({ id: services.id });
      serviceId = row!.id;
    }
    if (input.groupIds.length) {
      await tx
        .insert(serviceGroups)
        .values(
          [...new Set(input.groupIds)].map((groupId) => ({ serviceId: serviceId!, groupId })),
        );
    }
    await recordAudit(
      {
        action: input.serviceId ? "admin.service_changed" : "admin.service_created",
        actor,
        targetType: "service",
        targetId: serviceId,
        details: {
          name: input.name,
          offeredToAll: input.offeredToAll,
          groups: input.groupIds.length,
          alwaysOpen: input.alwaysOpen,
          openingHours: input.openingHours,
        },
      },
      tx,
    );
    return serviceId;
  });
}
