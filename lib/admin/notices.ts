import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { memberGroups, notices } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { noticeFieldsSchema } from "@/lib/notices/schedule";
import { insertNotices } from "@/lib/notices/write";

const GROUP_FIELD = /^group-([0-9a-f-]{36})$/;

/** Support's notice form: the notice, and `Alle` or chosen groups (`group-<id>` checkboxes). */
export const noticeSchema = z
  .looseObject({
    ...noticeFieldsSchema.shape,
    audience: z.enum(["all", "groups"]).optional().default("all"),
  })
  .transform(({ title, body, severity, visibleFrom, visibleUntil, audience, ...rest }) => ({
    title,
    body,
    severity,
    visibleFrom,
    visibleUntil,
    groupIds:
      audience === "all"
        ? null
        : Object.entries(rest)
            .filter(([key, value]) => GROUP_FIELD.test(key) && value === "on")
            .map(([key]) => GROUP_FIELD.exec(key)![1]!),
  }));

/** Every notice (everyone's and each group's), newest first, with the group's name. */
export async function listOperationalNotices() {
  return getDb()
    .select({ notice: notices, groupName: memberGroups.name })
    .from(notices)
    .leftJoin(memberGroups, eq(memberGroups.id, notices.groupId))
    .orderBy(desc(notices.visibleFrom))
    .limit(100);
}

/** Publishes a notice for everyone or for the chosen groups; returns the first id. */
export async function publishNotice(
  actor: Actor,
  input: z.infer<typeof noticeSchema>,
): Promise<string> {
  const { groupIds, ...fields } = input;
  return getDb().transaction(async (tx) => {
    const ids = await insertNotices(tx, actor, fields, groupIds, "admin.notice_published");
    return ids[0]!;
  });
}

/** Deletes an operational notice; group notices belong to the group admins. */
export async function deleteNotice(actor: Actor, noticeId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(notices)
      .where(and(eq(notices.id, noticeId), isNull(notices.groupId)))
      .returning({ id: notices.id, title: notices.title });
    if (!row) throw new DomainError("notice_not_found", t.admin.notices.errors.notFound);
    await recordAudit(
      {
        action: "admin.notice_deleted",
        actor,
        targetType: "notice",
        targetId: row.id,
        details: { title: row.title },
      },
      tx,
    );
  });
}
