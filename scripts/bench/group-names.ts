// Generated member groups for the benchmarks (`npm run bench`, scripts/bench-group-search.ts).
// Varied, made-up Norwegian place names, so a distinctive word matches few groups (as in real
// data) while broad words ("kommune", "helse") still match thousands.
const firsts = [
  "Aust",
  "Vest",
  "Nord",
  "Sør",
  "Brei",
  "Bratt",
  "Djup",
  "Fager",
  "Grøn",
  "Haug",
  "Kvit",
  "Lang",
  "Mjø",
  "Ny",
  "Rød",
  "Sand",
  "Skog",
  "Sol",
  "Stein",
  "Stor",
  "Tves",
  "Vik",
  "Øst",
  "Å",
  "Ål",
  "Bø",
  "Dal",
  "Fjell",
  "Gran",
  "Hol",
  "Is",
  "Kval",
  "Lind",
  "Myr",
  "Nes",
  "Ramn",
  "Sel",
  "Tind",
  "Ulv",
  "Ørn",
];
const lasts = [
  "vik",
  "dal",
  "fjord",
  "heim",
  "land",
  "nes",
  "berg",
  "stad",
  "sund",
  "ås",
  "rud",
  "mo",
  "haug",
  "li",
  "øy",
  "eid",
  "skog",
  "voll",
  "bakken",
  "strand",
  "vang",
  "by",
  "bø",
  "lia",
  "set",
];
const kinds = [
  ["kommune", "kommune"],
  ["sykehus", "helseforetak"],
  ["legevakt", "kommune"],
  ["helsehus", "kommune"],
  ["DPS", "helseforetak"],
  ["sykehjem", "kommune"],
  ["tannhelsetjeneste", "fylkeskommune"],
  ["IKT-samarbeid", "IKS"],
  ["apotek", "AS"],
  ["helsestasjon", "kommune"],
  ["HF", "HF"],
  ["interkommunale legevakt", "IKS"],
] as const;

/** The i-th generated group: name, organisation name, join policy and a typical description. */
export function generatedGroup(i: number) {
  const [kind, orgKind] = kinds[i % kinds.length]!;
  const p = Math.floor(i / kinds.length);
  const a = firsts[p % firsts.length]!;
  const b = lasts[Math.floor(p / firsts.length) % lasts.length]!;
  const n = Math.floor(p / (firsts.length * lasts.length));
  const place = p === 7 ? "Ålesund" : `${a}${b}`;
  const name = `${place} ${kind}${n ? ` ${n + 1}` : ""}`;
  const org = `${place} ${orgKind}`;
  const policy = i % 20 === 0 ? "closed" : i % 4 === 0 ? "request" : "automatic";
  // A description of typical length: it lives in the same rows the search reads.
  const description = `Medlemsgruppen for ansatte i ${org}. Her deler vi varsler, sårbarheter og råd om informasjonssikkerhet for ${name}, og melder hendelser til Helse- og kommuneCERT.`;
  return { name, org, policy: policy as "closed" | "request" | "automatic", description };
}
