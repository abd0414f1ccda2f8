// postinstall: a fix for postgres.js 3.4.9 (porsager/postgres issues 1154 and 1208, unfixed in a
// release). When PostgreSQL closes a connection while a small write is queued, the queued write
// runs on a null socket and throws outside any query, and the connection keeps a stale write
// timer, so it never sends its startup message again: every query given to it after a database
// restart hangs. Found by the reliability suite (PostgreSQL restarted mid-journey).
// The patch settles the write's queries with CONNECTION_CLOSED and clears the stale state.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MARK = "medlemsportalen: closed socket";
const root = path.resolve(import.meta.dirname, "../node_modules/postgres");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

const fixes = [
  {
    from: "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
    to: `  function nextWrite(fn) {
    if (!socket) { // ${MARK}: settle instead of throwing from a timer
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options, socket))
      return false
    }
    const x = socket.write(chunk, fn)`,
  },
  {
    from: "    clearImmediate(nextWriteTimer)\n    socket.removeListener('data', data)",
    to: `    clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null // ${MARK}: a reconnect starts with an empty write buffer
    socket.removeListener('data', data)`,
  },
];

for (const file of ["src/connection.js", "cjs/src/connection.js"]) {
  const full = path.join(root, file);
  let source = readFileSync(full, "utf8");
  if (source.includes(MARK)) continue;
  for (const { from, to } of fixes) {
    if (!source.includes(from)) {
      throw new Error(
        `postgres ${version}: ${file} has changed; check whether issues 1154/1208 are fixed and update scripts/patch-postgres.mjs`,
      );
    }
    source = source.replace(from, to);
  }
  writeFileSync(full, source);
  console.log(`patched postgres ${version} ${file}`);
}
