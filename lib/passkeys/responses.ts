import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";

const base64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/);

const transports = z
  .array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]))
  .max(10);

const common = {
  id: base64url(1400),
  rawId: base64url(1400),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
};

/** What @simplewebauthn/browser's startRegistration() sends back, checked before use. */
export const registrationResponseSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(4096),
    attestationObject: base64url(32_768),
    authenticatorData: base64url(16_384).optional(),
    transports: transports.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(4096).optional(),
  }),
});

/** What @simplewebauthn/browser's startAuthentication() sends back, checked before use. */
export const authenticationResponseSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(16_384),
    signature: base64url(2048),
    userHandle: base64url(256).optional(),
  }),
});

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (value.length > 100_000) return null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/** A registration response from a form field or request body, or null when malformed. */
export function parseRegistrationResponse(value: unknown): RegistrationResponseJSON | null {
  const parsed = registrationResponseSchema.safeParse(parseJson(value));
  return parsed.success ? (parsed.data as RegistrationResponseJSON) : null;
}

/** An authentication response (assertion) from a request, or null when malformed. */
/** The challenge the browser signed, read from clientDataJSON; null when unreadable. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const decoded = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as {
      challenge?: unknown;
    };
    const challenge = decoded.challenge;
    return typeof challenge === "string" && challenge.length > 0 && challenge.length <= 512
      ? challenge
      : null;
  } catch {
    return null;
  }
}
