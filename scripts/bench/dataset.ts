// The benchmark's data set: 20,000 users, 5,000 groups (10,000 for the search cases),
// 100,000 memberships, 200,000 audit events, and the people the benchmark logs in as.
// Used by scripts/bench/run.ts; alone: DATABASE_URL=… AUTH_SECRET=… PID_HMAC_KEY=… \
//   npx tsx --conditions=react-server scripts/bench/dataset.ts  (into an empty, migrated database)
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { randomUUID } from "node:crypto";
import type { Sql } from "postgres";
import { groupSearchText } from "@/lib/groups/search-text";
import { makeSyntheticNationalId } from "@/lib/identity/national-id";
import { hashPid } from "@/lib/identity/pid-hash";
import { SoftAuthenticator } from "@/lib/passkeys/testing/soft-authenticator";
import { userHandleOf } from "@/lib/passkeys/registration";
import { hashCode } from "@/lib/registration/code-crypto";
import { generatedGroup } from "./group-names";

export type DatasetSize = {
  users: number;
  groups: number;
  memberships: number;
  auditEvents: number;
  passkeyUsers: number;
};

export const FULL_SIZE: DatasetSize = {
  users: 20_000,
  groups: 5_000,
  memberships: 100_000,
  auditEvents: 200_000,
  passkeyUsers: 64,
};

export type Person = { pid: string; userId: string };
export type BenchPeople = {
  /** A member of five groups: the dashboard and search cases. */
  member: Person;
  /** Members of one and of twenty groups: statements must not grow with groups. */
  memberOfOne: Person;
  memberOfTwenty: Person;
  /** Admin of `adminGroupSlug`, which has 200 pending requests. */
  groupAdmin: Person;
  adminGroupSlug: string;
  /** Support staff (logs in at level high for the admin area). */
  support: Person;
  /** Not registered yet: an unconfirmed email with a code (the code check case). */
  codeUser: Person & { emailId: string };
  /** Users with one passkey each, held by these software authenticators. */
  passkeyUsers: Array<{ userId: string; authenticator: SoftAuthenticator }>;
};

export const PENDING_REQUESTS = 200;
export const BENCH_CODE = "123456";

/** Deterministic, so two runs measure the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertBatched(sql: Sql, table: string, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const size = Math.floor(30_000 / columns.length);
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size);
    await sql`insert into ${sql(table)} ${sql(batch as never, columns)}`;
  }
}

function pidFor(index: number): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + index * 86_400_000);
  return makeSyntheticNationalId(birth, 200);
}

const AUDIT_ACTIONS = [
  "login.succeeded",
  "login.succeeded",
  "login.succeeded",
  "passkey.used",
  "logout",
  "email_code.sent",
  "email.confirmed",
  "membership.granted",
  "join_request.sent",
  "join_request.approved",
  "login.failed",
  "passkey.added",
];

/** Groups from..to-1 with their organisations, domains, services and a notice each. */
export async function addGroups(
  sql: Sql,
  from: number,
  to: number,
  serviceIds: string[],
): Promise<string[]> {
  const random = prng(from + 7);
  const orgs: Record<string, unknown>[] = [];
  const groups: Record<string, unknown>[] = [];
  const domains: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  const notices: Record<string, unknown>[] = [];
  const ids: string[] = [];
  for (let i = from; i < to; i++) {
    const g = generatedGroup(i);
    const orgId = randomUUID();
    const groupId = randomUUID();
    ids.push(groupId);
    orgs.push({ id: orgId, name: g.org, org_number: String(800_000_000 + i) });
    groups.push({
      id: groupId,
      organisation_id: orgId,
      slug: `bench-${i}`,
      name: g.name,
      description: g.description,
      join_policy: g.policy,
      search_text: groupSearchText(g.name, g.org),
    });
    if (g.policy === "automatic") {
      domains.push({ id: randomUUID(), group_id: groupId, domain: `g${i}.bench-helse.no` });
    }
    // Four of the linked services per group: 20,000 rows of service_groups at 5,000 groups.
    const picked = new Set<string>();
    while (picked.size < 4) picked.add(serviceIds[Math.floor(random() * serviceIds.length)]!);
    for (const serviceId of picked) links.push({ service_id: serviceId, group_id: groupId });
    notices.push({
      id: randomUUID(),
      group_id: groupId,
      title: `Melding til ${g.name}`,
      body: `Planlagt vedlikehold av nettverket hos ${g.org} natt til lørdag.`,
      published_at: new Date(Date.now() - Math.floor(random() * 90) * 86_400_000),
    });
  }
  await insertBatched(sql, "organisations", orgs);
  await insertBatched(sql, "member_groups", groups);
  await insertBatched(sql, "group_domains", domains);
  await insertBatched(sql, "service_groups", links);
  await insertBatched(sql, "notices", notices);
  return ids;
}

/** Services: four offered to every group, the rest to the groups linked in addGroups. */
async function addServices(sql: Sql): Promise<string[]> {
  const rows = Array.from({ length: 40 }, (_, i) => ({
    id: randomUUID(),
    slug: `bench-tjeneste-${i}`,
    name: `Tjeneste ${i + 1}`,
    description: "En tjeneste fra Helse- og kommuneCERT til medlemmene.",
    requires_phishing_resistant: i % 5 === 1,
    always_open: true,
    offered_to_all: i < 4,
    sort_order: 100 + i,
  }));
  await insertBatched(sql, "services", rows);
  return rows.filter((r) => !r.offered_to_all).map((r) => r.id);
}

/** Fills an empty, migrated database; returns who the benchmark logs in as. */
export async function generateDataset(
  sql: Sql,
  size: DatasetSize,
  relyingParty: { origin: string; id: string },
): Promise<BenchPeople & { serviceIds: string[] }> {
  const random = prng(42);
  const serviceIds = await addServices(sql);
  const groupIds = await addGroups(sql, 0, size.groups, serviceIds);
  // Group 4 takes requests (join policy "request"); its admin has 200 pending.
  const adminGroup = 4;

  const userIds = Array.from({ length: size.users }, () => randomUUID());
  const special = { member: 0, memberOfOne: 1, memberOfTwenty: 2, groupAdmin: 3, support: 4 };
  const codeUserIndex = 5;
  const users = userIds.map((id, i) => ({
    id,
    pid_hash: hashPid(pidFor(i)),
    name: `Bench Bruker ${i}`,
    role: i === special.support ? "support" : "member",
    registered_at: i === codeUserIndex ? null : new Date(),
    last_login_at: new Date(),
  }));
  await insertBatched(sql, "users", users);
  const emails = userIds.map((userId, i) => ({
    id: randomUUID(),
    user_id: userId,
    address: `bruker${i}@k${i % 500}.bench-helse.no`,
    confirmed_at: i === codeUserIndex ? null : new Date(),
    is_primary: i !== codeUserIndex,
  }));
  await insertBatched(sql, "user_emails", emails);

  // Memberships: the special people get exactly their count; the rest share the remainder.
  const counts = new Map<number, number>([
    [special.member, 5],
    [special.memberOfOne, 1],
    [special.memberOfTwenty, 20],
    [special.groupAdmin, 3],
    [special.support, 1],
    [codeUserIndex, 0],
  ]);
  const pendingFrom = 100;
  const memberships: Record<string, unknown>[] = [];
  const perUser = Math.round(size.memberships / size.users);
  const adminOf = new Set<number>();
  for (let u = 0; u < size.users; u++) {
    const wanted = counts.get(u) ?? perUser;
    const chosen = new Set<number>(u === special.groupAdmin ? [adminGroup] : []);
    while (chosen.size < wanted) {
      const g = Math.floor(random() * size.groups);
      // The requesters are not members of the admin's group yet.
      if (g === adminGroup && u !== special.groupAdmin) continue;
      chosen.add(g);
    }
    for (const g of chosen) {
      const admin = (u === special.groupAdmin && g === adminGroup) || (!adminOf.has(g) && u > 50);
      if (admin) adminOf.add(g);
      memberships.push({
        id: randomUUID(),
        user_id: userIds[u],
        group_id: groupIds[g],
        role: admin ? "admin" : "member",
        source: "seed",
      });
    }
  }
  await insertBatched(sql, "memberships", memberships);

  const requests = Array.from({ length: PENDING_REQUESTS }, (_, k) => ({
    id: randomUUID(),
    user_id: userIds[pendingFrom + k],
    group_id: groupIds[adminGroup],
    message: k % 3 === 0 ? "Jeg jobber med IKT-sikkerhet og trenger tilgang til varslene." : null,
    status: "pending",
    created_at: new Date(Date.now() - k * 3_600_000),
  }));
  await insertBatched(sql, "join_requests", requests);

  const globalNotices = Array.from({ length: 10 }, (_, k) => ({
    id: randomUUID(),
    group_id: null,
    title: `Driftsmelding ${k + 1}`,
    body: "Medlemsportalen oppdateres i kveld mellom 22 og 23.",
    published_at: new Date(Date.now() - k * 86_400_000),
  }));
  await insertBatched(sql, "notices", globalNotices);

  const notifications: Record<string, unknown>[] = [];
  for (let u = 0; u < size.users; u++) {
    for (let k = 0; k < (u === special.member ? 12 : 2); k++) {
      notifications.push({
        id: randomUUID(),
        user_id: userIds[u],
        kind: "join_request.approved",
        params: { group: `Gruppe ${k}` },
        href: null,
        read_at: k < 5 ? null : new Date(),
      });
    }
  }
  await insertBatched(sql, "notifications", notifications);

  const since = Date.now() - 180 * 86_400_000;
  const audit: Record<string, unknown>[] = [];
  for (let k = 0; k < size.auditEvents; k++) {
    const actor = Math.floor(random() * size.users);
    audit.push({
      at: new Date(since + Math.floor((k / size.auditEvents) * 180 * 86_400_000)),
      actor_user_id: userIds[actor],
      action: AUDIT_ACTIONS[k % AUDIT_ACTIONS.length],
      target_type: k % 4 === 0 ? "user" : null,
      target_id: k % 4 === 0 ? userIds[(actor + 1) % size.users] : null,
      ip: `127.0.${k % 250}.${(k >> 8) % 250}`,
      details: { method: k % 3 === 0 ? "passkey" : "idporten" },
    });
  }
  await insertBatched(sql, "audit_events", audit);

  const passkeyUsers: BenchPeople["passkeyUsers"] = [];
  const passkeyRows: Record<string, unknown>[] = [];
  const knownBrowserRows: Record<string, unknown>[] = [];
  for (let k = 0; k < size.passkeyUsers; k++) {
    const userId = userIds[1000 + k]!;
    const authenticator = new SoftAuthenticator({
      origin: relyingParty.origin,
      rpId: relyingParty.id,
    });
    const created = authenticator.create({
      challenge: "bench",
      rp: { id: relyingParty.id, name: "Medlemsportalen" },
      user: { id: isoBase64URL.fromBuffer(userHandleOf(userId)), name: "", displayName: "" },
      pubKeyCredParams: [{ type: "public-key", alg: -7 }],
    });
    passkeyRows.push({
      id: randomUUID(),
      user_id: userId,
      credential_id: created.id,
      public_key: Buffer.from(authenticator.credential!.publicKeyCose).toString("base64url"),
      counter: 0,
      transports: sql.json(["internal"]),
      device_type: "singleDevice",
      backed_up: false,
      name: "Bench-nøkkel",
    });
    passkeyUsers.push({ userId, authenticator });
    // Returning people: they logged in from this browser yesterday (the load sends no
    // User-Agent, which the portal names "ukjent"), so a login sends no new-browser notice.
    knownBrowserRows.push({
      user_id: userId,
      label: "ukjent",
      last_seen_at: new Date(Date.now() - 86_400_000),
    });
  }
  await insertBatched(sql, "passkeys", passkeyRows);
  await insertBatched(sql, "known_browsers", knownBrowserRows);
  await sql`analyze`;

  const person = (i: number): Person => ({ pid: pidFor(i), userId: userIds[i]! });
  return {
    member: person(special.member),
    memberOfOne: person(special.memberOfOne),
    memberOfTwenty: person(special.memberOfTwenty),
    groupAdmin: person(special.groupAdmin),
    adminGroupSlug: `bench-${adminGroup}`,
    support: person(special.support),
    codeUser: { ...person(codeUserIndex), emailId: emails[codeUserIndex]!.id },
    passkeyUsers,
    serviceIds,
  };
}

/** A fresh code (BENCH_CODE) for the code user's email: codes live ten minutes. */
export async function freshCode(sql: Sql, userId: string, emailId: string): Promise<void> {
  await sql`update email_codes set revoked_at = now() where email_id = ${emailId} and used_at is null`;
  await sql`insert into email_codes (user_id, email_id, code_hash, expires_at)
    values (${userId}, ${emailId}, ${hashCode(emailId, BENCH_CODE)}, now() + interval '10 minutes')`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { default: postgres } = await import("postgres");
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const appUrl = new URL(process.env.APP_URL ?? "http://localhost:3160");
  const people = await generateDataset(sql, FULL_SIZE, {
    origin: appUrl.origin,
    id: appUrl.hostname,
  });
  console.log(`Data set ready; the member logs in as ${people.member.pid}.`);
  await sql.end();
}
