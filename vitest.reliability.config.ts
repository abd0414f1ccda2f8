import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

// npm run test:reliability, part one: faults and races against a real PostgreSQL.
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["reliability/**/*.test.ts"],
    globalSetup: ["lib/testing/global-setup.ts"],
    pool: "forks",
    reporters: ["verbose"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file at a time: the files start worker processes and hold many connections.
    fileParallelism: false,
  },
});
