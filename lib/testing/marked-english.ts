/**
 * An English catalogue module with every text marked ("[en] …"), for vi.mock: a test can tell
 * English from Norwegian whether or not the translators have reached that part yet.
 *
 *   vi.mock("@/lib/i18n/en/security", markedEnglish);
 */
export async function markedEnglish(importOriginal: () => Promise<unknown>): Promise<object> {
  const original = (await importOriginal()) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(original).map(([name, part]) => [name, mark(part)]));
}

function mark(part: unknown): unknown {
  if (typeof part === "string") return `[en] ${part}`;
  if (typeof part === "function") {
    return (...args: unknown[]) => mark((part as (...a: unknown[]) => unknown)(...args));
  }
  if (Array.isArray(part)) return part.map(mark);
  if (part && typeof part === "object") {
    return Object.fromEntries(Object.entries(part).map(([key, value]) => [key, mark(value)]));
  }
  return part;
}
