import { generateKeyPairSync, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** A private signing key as JSON Web Key; `kid` names it in the published JWKS. */
export type PrivateJwk = {
  kty: "RSA" | "EC" | "OKP";
  kid: string;
  d: string;
  alg?: string;
  use?: "sig";
  [member: string]: unknown;
};

const jwkSchema = z
  .object({
    kty: z.enum(["RSA", "EC", "OKP"]),
    kid: z.string().min(1, "kid mangler"),
    d: z.string().min(1, "nøkkelen må være privat (d)"),
    alg: z.string().optional(),
    use: z.literal("sig").optional(),
  })
  .loose();

const jwksSchema = z
  .object({ keys: z.array(jwkSchema).min(1, "minst én nøkkel") })
  .refine(
    (set) => new Set(set.keys.map((k) => k.kid)).size === set.keys.length,
    "kid må være unik",
  );

/**
 * The provider's signing keys from OIDC_JWKS (`{"keys":[…private JWKs…]}`). The first key of an
 * algorithm signs; the others are published so tokens they signed still verify (rotation).
 */
export function parseJwks(raw: string): PrivateJwk[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error("OIDC_JWKS er ikke gyldig JSON");
  }
  const parsed = jwksSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`OIDC_JWKS er ugyldig: ${problems.join("; ")}`);
  }
  return parsed.data.keys as PrivateJwk[];
}

/** A fresh RS256 key: what `npm run oidc:keys` prints for production and what development stores. */
export function generateSigningKey(): PrivateJwk {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" }) as PrivateJwk;
  return { ...jwk, kid: randomUUID(), alg: "RS256", use: "sig" };
}

/** Development and tests only: keys generated once into the data folder, kept across restarts. */
export function devJwks(dataDir: string): PrivateJwk[] {
  const file = path.join(dataDir, "oidc-jwks.json");
  if (existsSync(file)) return parseJwks(readFileSync(file, "utf8"));
  const keys = [generateSigningKey()];
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({ note: "DEVELOPMENT ONLY. Generated locally.", keys }, null, 2),
    { mode: 0o600 },
  );
  return keys;
}
