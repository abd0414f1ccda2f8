import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/actions/state";
import { getDb } from "@/lib/db/client";
import {
  accessReviews,
  auditEvents,
  groupDomains,
  joinRequests,
  organisations,
} from "@/lib/db/schema";
import { runWithRequestState, type RequestState } from "@/lib/http/request-state";
import { setupTestDatabase } from "@/lib/testing/db";
import { addMember, makeGroup, makeUser } from "@/lib/testing/groups";

/**
 * Every admin action and every group-admin action, called by a plain member and by an admin of
 * another group: refused with 403, audited as `access.refused` with the caller as actor, and
 * not one row changed anywhere else in the database.
 */

setupTestDatabase();

const harness = await vi.hoisted(() => import("@/lib/testing/action-caller"));
vi.mock("@/lib/auth/current-user", harness.currentUserModule);
vi.mock("next/headers", harness.headersModule);
vi.mock("next/cache", harness.cacheModule);
vi.mock("next/navigation", harness.navigationModule);
// No address from server.mjs; the client claims one in X-Forwarded-For.
harness.caller.address = null;
harness.caller.headers = { "x-forwarded-for": "10.9.8.7" };

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Every server action module (…actions.ts) under `dir`: a new action is found without editing this file. */
function actionModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return actionModules(full);
    return /actions\.ts$/.test(name) ? [full] : [];
  });
}

async function exportedActions(file: string): Promise<Array<[string, Action]>> {
  const mod = (await import(file)) as Record<string, unknown>;
  return Object.entries(mod).filter((e): e is [string, Action] => typeof e[1] === "function");
}

/** The portal's group actions: which need the group-admin right, and which any member may use. */
const GROUP_ADMIN_ACTIONS = [
  "approveJoinRequestAction",
  "rejectJoinRequestAction",
  "removeMemberAction",
  "setGroupAdminAction",
  "sendPasskeyRemindersAction",
  "completeReviewAction",
  "publishGroupNoticeAction",
  "endGroupNoticeAction",
];
const MEMBER_GROUP_ACTIONS = ["sendJoinRequestAction", "withdrawJoinRequestAction"];

const target = {
  groupId: "",
  slug: "",
  adminId: "",
  memberId: "",
  requestId: "",
  organisationId: "",
  domainId: "",
  reviewId: "",
};

/** Everything the target group's pages would post, with real ids: the forms an attacker would forge. */
function forgedForm(): FormData {
  const form = new FormData();
  const fields: Record<string, string> = {
    groupId: target.groupId,
    slug: target.slug,
    userId: target.memberId,
    requestId: target.requestId,
    organisationId: target.organisationId,
    domainId: target.domainId,
    reviewId: target.reviewId,
    [`beslutning-${target.memberId}`]: "fjern",
    passkeyId: crypto.randomUUID(),
    noticeId: "00000000-0000-4000-8000-000000000001",
    serviceId: crypto.randomUUID(),
    sessionId: crypto.randomUUID(),
    admin: "true",
    disabled: "1",
    confirm: "1",
    confirmLast: "on",
    name: "Ny virksomhet",
    orgNumber: "974760673",
    joinPolicy: "automatic",
    domain: "angrep.no",
    title: "Angrep",
    body: "Angrep",
    reason: "Angrep",
  };
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

/** A text fingerprint of every table but the audit log and the rate-limit counters. */
async function snapshot(): Promise<string> {
  const db = getDb();
  const tables = await db.execute<{ table_name: string }>(sql`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not in ('audit_events', 'rate_limit_counters')
    order by table_name`);
  const parts: string[] = [];
  for (const { table_name } of tableRows<{ table_name: string }>(tables)) {
    const rows = await db.execute<{ row: string }>(
      sql`select t::text as row from ${sql.identifier(table_name)} t order by 1`,
    );
    const texts = tableRows<{ row: string }>(rows).map((r) => r.row);
    parts.push(`${table_name}:${texts.join("|")}`);
  }
  return parts.join("\n");
}

function tableRows<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

function loginAs(userId: string) {
  harness.signIn(userId, {
    name: "Angriper",
    method: "passkey",
    acr: null,
    minutesAgo: 1,
    sessionId: `s-${userId}`,
  });
}

async function refusalsOf(userId: string) {
  return getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, userId), eq(auditEvents.action, "access.refused")));
}

/** Calls the action as `userId` and checks: refused, 403, audited, nothing changed. */
async function expectRefused(action: Action, userId: string) {
  loginAs(userId);
  const before = await snapshot();
  const state: RequestState = { databaseUnavailable: false };
  const result = await runWithRequestState(state, () => action({}, forgedForm()));
  expect(result.ok).toBeFalsy();
  expect(result.formError).toBeTruthy();
  expect(state.status).toBe(403);
  const refusals = await refusalsOf(userId);
  expect(refusals).toHaveLength(1);
  expect(await snapshot()).toBe(before);
}

/** A fresh caller per call, so the per-caller cap on refusal rows never hides one. */
async function plainMember(): Promise<string> {
  const id = await makeUser("Petter Plain", `petter-${crypto.randomUUID()}@example.org`);
  await addMember(id, target.groupId, "member");
  return id;
}

async function adminOfAnotherGroup(): Promise<string> {
  const id = await makeUser("Ola Annen", `ola-${crypto.randomUUID()}@example.org`);
  const other = await makeGroup("Annen gruppe");
  await addMember(id, other, "admin");
  return id;
}

const adminModules = actionModules(path.join(process.cwd(), "app/admin"));
const adminActions = (
  await Promise.all(
    adminModules.map(async (file) =>
      (await exportedActions(file)).map(
        ([name, action]) => [`${path.relative(process.cwd(), file)} ${name}`, action] as const,
      ),
    ),
  )
).flat();
const groupActions = (
  await Promise.all(
    actionModules(path.join(process.cwd(), "app/(portal)/medlemsgrupper")).map(exportedActions),
  )
).flat();

beforeAll(async () => {
  target.adminId = await makeUser("Gro Gruppeadmin", "gro@maal.no");
  target.memberId = await makeUser("Mia Medlem", "mia@maal.no");
  target.groupId = await makeGroup("Målgruppen", "request");
  await addMember(target.adminId, target.groupId, "admin");
  await addMember(target.memberId, target.groupId, "member");
  const requester = await makeUser("Rolf Spør", "rolf@maal.no");
  const db = getDb();
  const [request] = await db
    .insert(joinRequests)
    .values({ userId: requester, groupId: target.groupId })
    .returning();
  target.requestId = request!.id;
  const [group] = await db
    .execute<{ slug: string; organisation_id: string }>(
      sql`select slug, organisation_id from member_groups where id = ${target.groupId}`,
    )
    .then((r) => tableRows<{ slug: string; organisation_id: string }>(r));
  target.slug = group!.slug;
  target.organisationId = group!.organisation_id;
  const [domain] = await db
    .insert(groupDomains)
    .values({ groupId: target.groupId, domain: "maal.no" })
    .returning();
  target.domainId = domain!.id;
  const [review] = await db
    .insert(accessReviews)
    .values({ groupId: target.groupId, period: "2026-Q4", openedAt: new Date() })
    .returning();
  target.reviewId = review!.id;
  const [org] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.id, target.organisationId));
  expect(org).toBeDefined();
});

describe("every admin action refuses callers without the support role", () => {
  it("finds the admin actions", () => {
    expect(adminActions.length).toBeGreaterThanOrEqual(10);
  });

  it.each(adminActions.map(([name, action]) => [name, action]))(
    "%s: refused for a plain member of the group",
    async (_name, action) => {
      await expectRefused(action, await plainMember());
    },
  );

  it.each(adminActions.map(([name, action]) => [name, action]))(
    "%s: refused for an admin of another group",
    async (_name, action) => {
      await expectRefused(action, await adminOfAnotherGroup());
    },
  );
});

describe("every group-admin action refuses callers who do not administer the group", () => {
  it("knows every action of the group pages (add a new one to one of the lists)", () => {
    expect(groupActions.map(([name]) => name).sort()).toEqual(
      [...GROUP_ADMIN_ACTIONS, ...MEMBER_GROUP_ACTIONS].sort(),
    );
  });

  const adminOnly = () => groupActions.filter(([name]) => GROUP_ADMIN_ACTIONS.includes(name));

  it.each(GROUP_ADMIN_ACTIONS)("%s: refused for a plain member of the group", async (name) => {
    const action = adminOnly().find(([n]) => n === name)![1];
    await expectRefused(action, await plainMember());
  });

  it.each(GROUP_ADMIN_ACTIONS)("%s: refused for an admin of another group", async (name) => {
    const action = adminOnly().find(([n]) => n === name)![1];
    await expectRefused(action, await adminOfAnotherGroup());
  });
});
