import { admin } from "./nb/admin";
import { audit } from "./nb/audit";
import { auth } from "./nb/auth";
import { common } from "./nb/common";
import { groups } from "./nb/groups";
import { notifications } from "./nb/notifications";
import { oidc } from "./nb/oidc";
import { operations } from "./nb/operations";
import { passkeys } from "./nb/passkeys";
import { profile } from "./nb/profile";
import { publicPages } from "./nb/public";
import { reconfirm } from "./nb/reconfirm";
import { register } from "./nb/register";
import { reviews } from "./nb/reviews";
import { registration } from "./nb/registration";
import { security } from "./nb/security";

/** Norwegian bokmål message catalogue. Every user-facing string comes from here. */
export const nb = {
  common,
  auth,
  publicPages,
  registration,
  profile,
  reconfirm,
  reviews,
  groups,
  notifications,
  passkeys,
  security,
  admin,
  audit,
  oidc,
  // The member register in the admin area (issue 9, items 1–4).
  register,
  operations,
} as const;

export const t = nb;
export type Messages = typeof nb;
