import "server-only";
import { desc, eq, inArray, sql } from "drizzle-orm";
import { AccessRefusedError, DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb, type Tx } from "@/lib/db/client";
import { memberGroups, notices } from "@/lib/db/schema";
import { requireAdminInTx } from "@/lib/groups/permissions";
import { t } from "@/lib/i18n";
import { noticeWindow, type NoticeFields } from "./schedule";

const e = t.operations.notices.errors;

/**
 * Publishes a notice for everyone (`groupIds` null) or one per chosen group, in one
 * transaction with its audit rows. Returns the new ids.
 */
export async function insertNotices(
  tx: Tx,
  actor: Actor,
  fields: NoticeFields,
  groupIds: string[] | null,
  action: "admin.notice_published" | "notice.published",
): Promise<string[]> {
  const window = noticeWindow(fields, now());
  if ("error" in window) throw new DomainError("notice_window", window.error, "visibleUntil");
  if (groupIds && groupIds.length === 0) throw new DomainError("notice_groups", e.groupsRequired);
  if (groupIds) {
    const found = await tx
      .select({ id: memberGroups.id })
      .from(memberGroups)
      .where(inArray(memberGroups.id, groupIds));
    if (found.length !== new Set(groupIds).size) {
      throw new DomainError("group_not_found", e.groupNotFound);
    }
  }
  const rows = await tx
    .insert(notices)
    .values(
      (groupIds ?? [null]).map((groupId) => ({
        groupId,
        title: fields.title,
        body: fields.body,
        severity: fields.severity,
        visibleFrom: window.visibleFrom,
        visibleUntil: window.visibleUntil,
        authorId: actor.userId,
      })),
    )
    .returning({ id: notices.id, groupId: notices.groupId });
  for (const row of rows) {
    await recordAudit(
      {
        action,
        actor,
        targetType: "notice",
        targetId: row.id,
        details: {
          title: fields.title,
          severity: fields.severity,
          groupId: row.groupId,
          visibleFrom: window.visibleFrom.toISOString(),
          visibleUntil: window.visibleUntil?.toISOString() ?? null,
        },
      },
      tx,
    );
  }
  return rows.map((r) => r.id);
}

/**
 * Ends a notice now (a scheduled one never shows). `groupId` set: only a notice of that
 * group, and the actor must be its admin; a notice of another group is refused.
 */
export async function endNotice(
  actor: Actor,
  noticeId: string,
  scope: { kind: "support" } | { kind: "group-admin"; groupId: string },
): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [notice] = await tx
      .select({ id: notices.id, groupId: notices.groupId, title: notices.title })
      .from(notices)
      .where(eq(notices.id, noticeId))
      .for("update");
    if (scope.kind === "group-admin") {
      if (!notice || notice.groupId !== scope.groupId) {
        throw new AccessRefusedError("notice-of-other-group", { type: "notice", id: noticeId });
      }
      await requireGroupAdmin(tx, actor, scope.groupId);
    }
    if (!notice) throw new DomainError("notice_not_found", t.admin.notices.errors.notFound);
    const at = now();
    await tx
      .update(notices)
      .set({
        visibleUntil: at,
        visibleFrom: sql`least(${notices.visibleFrom}, ${at.toISOString()}::timestamptz)`,
      })
      .where(eq(notices.id, noticeId));
    await recordAudit(
      {
        action: "notice.ended",
        actor,
        targetType: "notice",
        targetId: noticeId,
        details: { title: notice.title, groupId: notice.groupId },
      },
      tx,
    );
  });
}

/** The actor administers the group, or the attempt is refused (and audited by the wrapper). */
export async function requireGroupAdmin(tx: Tx, actor: Actor, groupId: string): Promise<void> {
  try {
    await requireAdminInTx(tx, actor.userId, groupId);
  } catch (error) {
    if (error instanceof DomainError) {
      throw new AccessRefusedError("not-group-admin", { type: "group", id: groupId });
    }
    throw error;
  }
}

/** A group admin publishes a notice for their own group. */
export async function publishGroupNotice(
  actor: Actor,
  groupId: string,
  fields: NoticeFields,
): Promise<string> {
  return getDb().transaction(async (tx) => {
    await requireGroupAdmin(tx, actor, groupId);
    const [id] = await insertNotices(tx, actor, fields, [groupId], "notice.published");
    return id!;
  });
}

/** A group's notices for its admins: active, scheduled and recently ended, newest first. */
export async function listGroupNoticesForAdmin(groupId: string, limit = 50) {
  return getDb()
    .select()
    .from(notices)
    .where(eq(notices.groupId, groupId))
    .orderBy(desc(notices.visibleFrom))
    .limit(limit);
}
