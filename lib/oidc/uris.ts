import { z } from "zod";
import { t } from "@/lib/i18n";

const m = t.oidc.admin.errors;

function isLocalHttp(url: URL): boolean {
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

/**
 * A service address the portal sends people or tokens to: https only (plain http to localhost
 * outside production, for development), no fragment. Returns the problem, or null.
 */
export function uriProblem(value: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return m.uriInvalid(value);
  }
  if (url.hash || value.includes("#")) return m.uriFragment(value);
  if (url.protocol === "https:") return null;
  if (!production && isLocalHttp(url)) return null;
  return m.uriHttps(value);
}

/** One address per line in a text area; blank lines ignored. */
export function uriList(production: boolean) {
  return z
    .string()
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(500))
        .max(10, { error: () => m.tooMany })
        .superRefine((uris, ctx) => {
          for (const uri of uris) {
            const problem = uriProblem(uri, production);
            if (problem) ctx.addIssue({ code: "custom", message: problem });
          }
        }),
    );
}

/** An optional single address: empty means none. */
export function optionalUri(production: boolean) {
  return z
    .string()
    .trim()
    .max(500)
    .transform((v) => v || null)
    .superRefine((uri, ctx) => {
      const problem = uri ? uriProblem(uri, production) : null;
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}
