// Group search on ~10,000 generated groups: EXPLAIN of the real query and timings.
// Run with: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test \
//   npx tsx --conditions=react-server scripts/bench-group-search.ts [--groups 10000] [--keep]
// Creates its own database (mp_bench_group_search) and drops it afterwards.
import { performance } from "node:perf_hooks";
import postgres from "postgres";

const args = process.argv.slice(2);
const groupCount = Number(args[args.indexOf("--groups") + 1] || 10_000) || 10_000;
const keep = args.includes("--keep");
const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  console.error("Sett DATABASE_URL til en PostgreSQL-server: EXPLAIN trengs fra PostgreSQL.");
  process.exit(1);
}
const benchName = "mp_bench_group_search";
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${benchName} with (force)`);
await admin.unsafe(`create database ${benchName}`);
const url = new URL(baseUrl);
url.pathname = `/${benchName}`;
process.env.DATABASE_URL = url.toString();

// Imported after DATABASE_URL points at the bench database.
const { closeDb, getDb } = await import("@/lib/db/client");
const { runMigrations } = await import("@/lib/db/migrate");
const { memberGroups, organisations } = await import("@/lib/db/schema");
const { groupSearchText } = await import("@/lib/groups/search-text");
const { searchGroups, searchGroupsQuery, searchWords } = await import("@/lib/groups/search");
const { generatedGroup: generated } = await import("./bench/group-names");

function searchWordsWhere(term: string): string {
  return searchWords(term)
    .map((w) => `search_text like '%${w.replace(/'/g, "''")}%'`)
    .join(" and ");
}

await runMigrations();
const db = getDb();
let t0 = performance.now();
for (let start = 0; start < groupCount; start += 1000) {
  const batch = Array.from({ length: Math.min(1000, groupCount - start) }, (_, k) => start + k);
  const orgs = await db
    .insert(organisations)
    .values(batch.map((i) => ({ name: generated(i).org, orgNumber: String(800_000_000 + i) })))
    .returning({ id: organisations.id });
  await db.insert(memberGroups).values(
    batch.map((i, k) => {
      const g = generated(i);
      return {
        name: g.name,
        slug: `bench-${i}`,
        joinPolicy: g.policy,
        description: g.description,
        organisationId: orgs[k]!.id,
        searchText: groupSearchText(g.name, g.org),
      };
    }),
  );
}
const sqlClient = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
await sqlClient`analyze`;
console.log(`${groupCount} grupper lagt inn på ${(performance.now() - t0).toFixed(0)} ms.\n`);

const terms = [
  "ålesund",
  "brattvik",
  "stor sykehus",
  "ørnstrand legevakt",
  "tannhelse",
  "finnes ikke",
  "helse",
  "kommune",
  "hf",
];
const rows: Array<Record<string, string | number>> = [];
async function explain(sql: string, params: unknown[], forceIndex: boolean) {
  return sqlClient.begin(async (tx) => {
    if (forceIndex) await tx`set local enable_seqscan = off`;
    const plan = await tx.unsafe(`explain (analyze, buffers) ${sql}`, params as never[]);
    return plan.map((r) => String(r["QUERY PLAN"]));
  });
}
const executionOf = (lines: string[]) =>
  lines.find((l) => l.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";
for (const term of terms) {
  const query = searchGroupsQuery(term)!.toSQL();
  const lines = await explain(query.sql, query.params, false);
  const forced = await explain(query.sql, query.params, true);
  const usesIndex = lines.some((l) => l.includes("member_groups_search_trgm"));
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < 30; i++) {
    t0 = performance.now();
    hits = (await searchGroups(term, null)).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const [matching] = await sqlClient.unsafe(
    `select count(*)::int as n from member_groups where ${searchWordsWhere(term)}`,
  );
  rows.push({
    term,
    matching: matching!.n,
    hits,
    plan: usesIndex ? "trigram-indeks" : "seq scan",
    explainMs: executionOf(lines),
    forcedIndexMs: executionOf(forced),
    searchMedianMs: Number(times[15]!.toFixed(2)),
    searchP95Ms: Number(times[28]!.toFixed(2)),
  });
  if (term === "brattvik" || term === "kommune") {
    console.log(`EXPLAIN «${term}»:\n  ${lines.join("\n  ")}\n`);
  }
}
console.table(rows);

await sqlClient.end();
await closeDb();
if (!keep) await admin.unsafe(`drop database if exists ${benchName} with (force)`);
await admin.end();
