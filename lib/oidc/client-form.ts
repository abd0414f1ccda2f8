import { z } from "zod";
import { OIDC_POLICY } from "./policy";

/** The admin form's fields as the action wrapper hands them over (one string per name). */
export const clientFormSchema = z
  .object({
    serviceId: z.uuid(),
    enabled: z.string().optional(),
    redirectUris: z.string().max(6000).default(""),
    postLogoutRedirectUris: z.string().max(6000).default(""),
    backchannelLogoutUri: z.string().max(600).default(""),
    initiateLoginUri: z.string().max(600).default(""),
    authMethod: z.enum(["client_secret_basic", "private_key_jwt"]).default("client_secret_basic"),
    jwksUri: z.string().max(600).default(""),
  })
  .loose()
  .transform((v) => ({
    serviceId: v.serviceId,
    input: {
      enabled: v.enabled === "on",
      redirectUris: v.redirectUris,
      postLogoutRedirectUris: v.postLogoutRedirectUris,
      backchannelLogoutUri: v.backchannelLogoutUri,
      initiateLoginUri: v.initiateLoginUri,
      authMethod: v.authMethod,
      jwksUri: v.jwksUri,
      // Each scope is its own checkbox (`scope_<name>`), since the form values are one per name.
      scopes: OIDC_POLICY.scopes.filter(
        (s) => (v as Record<string, unknown>)[`scope_${s}`] === "on",
      ),
    },
  }));
