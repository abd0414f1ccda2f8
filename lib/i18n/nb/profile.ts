export const profile = {
  nav: {
    label: "Min profil",
    details: "Profil og e-post",
    passkeys: "Passnøkler",
    sessions: "Innlogginger",
  },
} as const;
