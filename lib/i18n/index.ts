import { auth } from "./nb/auth";
import { common } from "./nb/common";
import { publicPages } from "./nb/public";

/** Norwegian bokmål message catalogue. Every user-facing string comes from here. */
export const nb = { common, auth, publicPages } as const;

export const t = nb;
export type Messages = typeof nb;
