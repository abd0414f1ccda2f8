/**
 * Prints a new signing key for the portal's OpenID Connect provider (`npm run oidc:key`).
 * Put it in OIDC_JWKS ({"keys":[…]}): see the README on key rotation.
 */
import { generateSigningKey } from "../lib/oidc/keys";

console.log(JSON.stringify(generateSigningKey()));
