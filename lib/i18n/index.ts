import { admin } from "./nb/admin";
import { auth } from "./nb/auth";
import { common } from "./nb/common";
import { groups } from "./nb/groups";
import { notifications } from "./nb/notifications";
import { passkeys } from "./nb/passkeys";
import { profile } from "./nb/profile";
import { publicPages } from "./nb/public";
import { registration } from "./nb/registration";

/** Norwegian bokmål message catalogue. Every user-facing string comes from here. */
export const nb = {
  common,
  auth,
  publicPages,
  registration,
  profile,
  groups,
  notifications,
  passkeys,
  admin,
} as const;

export const t = nb;
export type Messages = typeof nb;
