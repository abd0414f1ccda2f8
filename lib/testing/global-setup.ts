import type { TestProject } from "vitest/node";
import { execFileSync } from "node:child_process";
import postgres from "postgres";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string | null;
  }
}

/** With DATABASE_URL: migrate one template database that every test file copies. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide("pgTemplate", null);
    return;
  }
  const template = `mp_test_template_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const templateUrl = withDatabase(url, template);
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-migrate.ts"], {
    env: { ...process.env, DATABASE_URL: templateUrl },
    stdio: "inherit",
  });
  project.provide("pgTemplate", template);
  return async () => {
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
