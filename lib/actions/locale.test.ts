import { beforeAll, describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/lib/i18n";
import { withLocale } from "@/lib/i18n/with-locale";
import { setupTestDatabase } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/groups";

// Every English text marked, so English is told from Norwegian before the translators finish.
const { markedEnglish } = await vi.hoisted(() => import("@/lib/testing/marked-english"));
vi.mock("@/lib/i18n/en/common", markedEnglish);
vi.mock("@/lib/i18n/en/register", markedEnglish);
vi.mock("@/lib/i18n/en/registration", markedEnglish);

setupTestDatabase();

const harness = await vi.hoisted(() => import("@/lib/testing/action-caller"));
vi.mock("@/lib/auth/current-user", harness.currentUserModule);
vi.mock("next/headers", harness.headersModule);
vi.mock("next/navigation", harness.navigationModule);
vi.mock("next/cache", harness.cacheModule);
harness.caller.address = "10.1.2.3";

// The schemas are built when these modules load, outside any request.
const { createOrganisationAction } = await import("@/app/admin/virksomheter/actions");
const { updateNameAction } = await import("@/app/(portal)/profil/actions");
const { startRegistrationAction } = await import("@/app/(portal)/registrer/actions");

const en = messagesFor("en");
const nb = messagesFor("nb");

const { caller, form } = harness;

beforeAll(async () => {
  const id = await makeUser("Siri Support");
  harness.signIn(id, { name: "Siri Support", role: "support", method: "passkey", acr: null });
});

describe("a validation error is written in the language of the request that gets it", () => {
  it("an admin form (lib schema): English inside withLocale('en'), Norwegian outside", async () => {
    const input = form({ name: "", orgNumber: "123" });
    const english = await withLocale("en", () => createOrganisationAction({}, input));
    expect(english.fieldErrors?.name).toEqual([en.register.organisations.errors.nameRequired]);
    expect(english.fieldErrors?.orgNumber?.[0]).toBe(
      en.register.organisations.errors.orgNumberFormat,
    );
    expect(english.formError).toBe(en.common.errors.checkFields);

    const norwegian = await createOrganisationAction({}, input);
    expect(norwegian.fieldErrors?.name).toEqual([nb.register.organisations.errors.nameRequired]);
    expect(norwegian.formError).toBe(nb.common.errors.checkFields);
  });

  it("the shared text rule and the email rule", async () => {
    const short = await withLocale("en", () => updateNameAction({}, form({ name: "K" })));
    expect(short.formError).toBe(en.registration.name.tooShort);
    expect(short.formError).not.toBe(nb.registration.name.tooShort);

    caller.user = { ...caller.user!, registered: false };
    const email = await withLocale("en", () =>
      startRegistrationAction({}, form({ name: "Kari Nordmann", email: "ikke-en-adresse" })),
    );
    expect(email.fieldErrors?.email).toEqual([en.registration.email.invalid]);
  });
});
