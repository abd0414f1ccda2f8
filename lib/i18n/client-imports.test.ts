import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What client components pull into the browser: never the whole catalogue, never zod.
const root = process.cwd();
const FORBIDDEN = ["@/lib/i18n", "zod"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

const importPattern = /^import\s+(?!type\b)[^"']*?from\s+["']([^"']+)["']/gm;

/** Every module a file imports at run time, followed through the project's own files. */
function reachable(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(importPattern)].map((m) => m[1]!);
  seen.set(file, specifiers);
  // A server action module reaches the browser as a reference only.
  if (/^["']use server["']/m.test(text)) return seen;
  for (const specifier of specifiers) {
    const next = resolve(file, specifier);
    if (next) reachable(next, seen);
  }
  return seen;
}

const clientFiles = ["app", "components"]
  .flatMap((dir) => sourceFiles(path.join(root, dir)))
  .filter((file) => /^["']use client["']/.test(readFileSync(file, "utf8")));

describe("client bundles", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it.each(clientFiles.map((f) => [path.relative(root, f)]))(
    "%s imports only parts of the catalogue and no zod",
    (file) => {
      const offenders: string[] = [];
      for (const [module, specifiers] of reachable(path.join(root, file))) {
        if (/^["']use server["']/m.test(readFileSync(module, "utf8"))) continue;
        for (const specifier of specifiers) {
          if (FORBIDDEN.includes(specifier)) {
            offenders.push(`${path.relative(root, module)} → ${specifier}`);
          }
        }
      }
      expect(offenders).toEqual([]);
    },
  );
});
