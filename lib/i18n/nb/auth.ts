export const auth = {
  continueWithIdporten: "Fortsett med ID-porten",
  logout: "Logg ut",
} as const;
