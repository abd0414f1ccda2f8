import { describe, expect, it } from "vitest";
import { en, nb, t } from "./index";
import { withLocale } from "./with-locale";

/** Every text (or function) of a catalogue, by its key path. Keys may hold dots, so " › ". */
function leaves(node: unknown, path = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      for (const [p, leaf] of leaves(value, path ? `${path} › ${key}` : key)) found.set(p, leaf);
    }
  } else {
    found.set(path, node);
  }
  return found;
}

const nbLeaves = leaves(nb);
const enLeaves = leaves(en);

describe("the English and Norwegian catalogues", () => {
  it("have the same keys, each a text or a function in both", () => {
    const missingInEn = [...nbLeaves.keys()].filter((k) => !enLeaves.has(k));
    const missingInNb = [...enLeaves.keys()].filter((k) => !nbLeaves.has(k));
    const kindMismatch = [...nbLeaves].filter(
      ([k, leaf]) => enLeaves.has(k) && typeof enLeaves.get(k) !== typeof leaf,
    );
    expect({ missingInEn, missingInNb, kindMismatch }).toEqual({
      missingInEn: [],
      missingInNb: [],
      kindMismatch: [],
    });
    expect(nbLeaves.size).toBeGreaterThan(500);
  });

  it("leave a text empty only where the other one does too", () => {
    const blank = (leaf: unknown) => typeof leaf === "string" && leaf.trim() === "";
    const oneSided = [...nbLeaves]
      .filter(([k, leaf]) => blank(leaf) !== blank(enLeaves.get(k)))
      .map(([k]) => k);
    expect(oneSided).toEqual([]);
  });

  it("are translated: no sentence is left in Norwegian in the English catalogue", () => {
    // Names, addresses and numbers read the same in both; running text must differ.
    const same = [...nbLeaves]
      .filter(([k, leaf]) => typeof leaf === "string" && leaf === enLeaves.get(k))
      .filter(([, leaf]) => /[a-zæøå]{4,}\s+[a-zæøå]{3,}/i.test(leaf as string))
      .map(([k]) => k);
    expect(same).toEqual([]);
  });
});

describe("t", () => {
  it("is Norwegian by default and English inside withLocale('en')", () => {
    expect(t.common.login).toBe(nb.common.login);
    expect(withLocale("en", () => t.common.login)).toBe(en.common.login);
  });

  it("keeps reading in the current language through a kept sub-catalogue", () => {
    const kept = t.common.notFound;
    expect(withLocale("en", () => kept.heading)).toBe(en.common.notFound.heading);
    expect(kept.heading).toBe(nb.common.notFound.heading);
  });

  it("lists the Norwegian keys, as Object.keys on the catalogue did", () => {
    expect(Object.keys(t.audit.actions)).toEqual(Object.keys(nb.audit.actions));
  });
});
