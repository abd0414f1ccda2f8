export const common = {
  portalName: "Medlemsportalen",
} as const;
