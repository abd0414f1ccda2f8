import { currentLocale, type Locale } from "./locale";
import type { Widen } from "./types";
import { admin as nb_admin } from "./nb/admin";
import { audit as nb_audit } from "./nb/audit";
import { auth as nb_auth } from "./nb/auth";
import { common as nb_common } from "./nb/common";
import { groups as nb_groups } from "./nb/groups";
import { notifications as nb_notifications } from "./nb/notifications";
import { oidc as nb_oidc } from "./nb/oidc";
import { operations as nb_operations } from "./nb/operations";
import { passkeys as nb_passkeys } from "./nb/passkeys";
import { profile as nb_profile } from "./nb/profile";
import { publicPages as nb_publicPages } from "./nb/public";
import { reconfirm as nb_reconfirm } from "./nb/reconfirm";
import { register as nb_register } from "./nb/register";
import { reviews as nb_reviews } from "./nb/reviews";
import { registration as nb_registration } from "./nb/registration";
import { security as nb_security } from "./nb/security";
import { admin as en_admin } from "./en/admin";
import { audit as en_audit } from "./en/audit";
import { auth as en_auth } from "./en/auth";
import { common as en_common } from "./en/common";
import { groups as en_groups } from "./en/groups";
import { notifications as en_notifications } from "./en/notifications";
import { oidc as en_oidc } from "./en/oidc";
import { operations as en_operations } from "./en/operations";
import { passkeys as en_passkeys } from "./en/passkeys";
import { profile as en_profile } from "./en/profile";
import { publicPages as en_publicPages } from "./en/public";
import { reconfirm as en_reconfirm } from "./en/reconfirm";
import { register as en_register } from "./en/register";
import { reviews as en_reviews } from "./en/reviews";
import { registration as en_registration } from "./en/registration";
import { security as en_security } from "./en/security";

/** Norwegian bokmål message catalogue, the default. Every user-facing string comes from here. */
export const nb = {
  common: nb_common,
  auth: nb_auth,
  publicPages: nb_publicPages,
  registration: nb_registration,
  profile: nb_profile,
  reconfirm: nb_reconfirm,
  reviews: nb_reviews,
  groups: nb_groups,
  notifications: nb_notifications,
  passkeys: nb_passkeys,
  security: nb_security,
  admin: nb_admin,
  audit: nb_audit,
  oidc: nb_oidc,
  register: nb_register,
  operations: nb_operations,
} as const;

export type Messages = Widen<typeof nb>;

/** The English catalogue: the same keys (the type and lib/i18n/catalogues.test.ts say so). */
export const en: Messages = {
  common: en_common,
  auth: en_auth,
  publicPages: en_publicPages,
  registration: en_registration,
  profile: en_profile,
  reconfirm: en_reconfirm,
  reviews: en_reviews,
  groups: en_groups,
  notifications: en_notifications,
  passkeys: en_passkeys,
  security: en_security,
  admin: en_admin,
  audit: en_audit,
  oidc: en_oidc,
  register: en_register,
  operations: en_operations,
};

const catalogues: Record<Locale, Messages> = { nb, en };

/** The whole catalogue in one language, for code that must not depend on the request's. */
export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

/**
 * The catalogue in the current language (see ./locale.ts). `t.groups.errors` is a view, not a
 * copy: a module may keep `const e = t.groups.errors` and `e.notFound` is still read in the
 * language of the request that reads it. A text itself is a plain string, so code must read it
 * while handling the request, never into a module-level constant.
 */
export const t: Messages = view([]) as Messages;

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<PropertyKey, unknown>)[key];
  return node;
}

function view(path: readonly PropertyKey[]): object {
  // The Norwegian node is the proxy's target, so keys and shape are known without a request.
  const target = at(nb, path) as object;
  const children = new Map<string, object>();
  const read = (key: string): unknown => {
    const value = (at(catalogues[currentLocale()], path) as Record<string, unknown>)[key];
    if (value === null || typeof value !== "object") return value;
    let child = children.get(key);
    if (!child) children.set(key, (child = view([...path, key])));
    return child;
  };
  return new Proxy(target, {
    get: (node, key) => (typeof key === "symbol" ? Reflect.get(node, key) : read(key)),
    getOwnPropertyDescriptor(node, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(node, key);
      if (!descriptor || typeof key === "symbol") return descriptor;
      return { ...descriptor, value: read(key) };
    },
  });
}
