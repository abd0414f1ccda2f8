/** ID-porten's levels of assurance (acr values) and what they allow. No imports: safe for any module. */
export const ACR_SUBSTANTIAL = "idporten-loa-substantial";
export const ACR_HIGH = "idporten-loa-high";

/** How a session logged in: the method and, for ID-porten, the level. */
export type LoginFacts = { method: "idporten" | "passkey"; acr: string | null };

/** Passkeys and ID-porten high count as phishing-resistant; ID-porten substantial does not. */
export function isPhishingResistant(login: LoginFacts): boolean {
  return login.method === "passkey" || login.acr === ACR_HIGH;
}
