/** ID-porten's levels of assurance (acr values). Plain constants, safe for any module. */
export const ACR_SUBSTANTIAL = "idporten-loa-substantial";
export const ACR_HIGH = "idporten-loa-high";
