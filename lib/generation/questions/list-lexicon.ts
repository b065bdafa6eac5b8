// Small curated word lists for item lists: common traded goods, crops and economic sectors. They
// tell which kind of thing a list names (so a wrong option is of the same kind) and pad wrong
// options when the article lists too few other things of that kind. Only a word the article
// never mentions is offered from here. Nothing here is keyed to any one article.
import { normalise } from "./text";

export type ItemKind = "goods" | "crops" | "sectors" | "metals";

const GOODS = [
  "textiles", "apparel", "clothing", "footwear", "steel", "iron ore", "copper", "aluminium", "coal", "crude oil",
  "natural gas", "petroleum products", "timber", "cement", "glass", "paper", "plastics", "rubber", "chemicals",
  "fertiliser", "pharmaceuticals", "machinery", "machine tools", "electronics", "semiconductors", "computers",
  "smartphones", "cars", "automobiles", "car parts", "ships", "aircraft", "furniture", "toys", "solar panels",
  "batteries", "medical equipment", "coffee", "tea", "cocoa", "sugar", "rice", "wheat", "cotton", "wool", "fish",
  "beef", "fruit", "wine", "gold", "diamonds", "soybeans", "palm oil", "leather", "silk", "tobacco",
];

const CROPS = [
  "maize", "rice", "wheat", "barley", "sorghum", "millet", "oats", "rye", "cassava", "potatoes", "yams", "soybeans",
  "beans", "groundnuts", "coffee", "tea", "cocoa", "cotton", "sugar cane", "bananas", "tobacco", "sunflower",
];

const SECTORS = [
  "agriculture", "manufacturing", "mining", "tourism", "construction", "banking", "retail", "telecommunications",
  "fisheries", "forestry", "shipping", "logistics", "energy", "health care", "education", "insurance", "real estate",
  "transport", "hospitality", "horticulture", "semiconductors", "artificial intelligence", "biotechnology",
  "aerospace", "automobiles", "shipbuilding", "steelmaking", "renewable energy", "financial services", "defence",
];

const METALS = ["copper", "zinc", "nickel", "aluminium", "tin", "iron ore", "gold", "silver", "platinum", "palladium", "lithium", "cobalt", "uranium"];

export const ITEM_LEXICON: Record<ItemKind, readonly string[]> = { goods: GOODS, crops: CROPS, sectors: SECTORS, metals: METALS };

const KNOWN = new Map<string, Set<ItemKind>>();
for (const [kind, words] of Object.entries(ITEM_LEXICON) as [ItemKind, readonly string[]][]) {
  for (const w of words) KNOWN.set(w, (KNOWN.get(w) ?? new Set()).add(kind));
}

/** The kinds a written item is known as ("chemical machinery" is machinery: goods). */
export function kindsOf(item: string): ReadonlySet<ItemKind> {
  const n = normalise(item);
  const exact = KNOWN.get(n);
  if (exact) return exact;
  // The last word carries the kind: "chemical machinery", "farm machinery", "frozen fish".
  const last = n.split(" ").pop() ?? "";
  return KNOWN.get(last) ?? new Set();
}

export function isKnownItem(word: string): boolean {
  return KNOWN.has(normalise(word));
}

// Head nouns and verbs that say the kind outright.
const HEAD_KIND: [RegExp, ItemKind][] = [
  [/\b(?:goods|products|commodities|exports|imports|merchandise|manufactures)$/i, "goods"],
  [/\b(?:crops|grains|cereals|staples)$/i, "crops"],
  [/\b(?:sectors|industries|fields|areas)$/i, "sectors"],
  [/\b(?:metals|minerals)$/i, "metals"],
];
const VERB_KIND: [RegExp, ItemKind][] = [
  [/\b(?:import|export|ship|sell|sold|buy|bought|trade)/i, "goods"],
  [/\b(?:grow|grew|grown|harvest|plant|farm)/i, "crops"],
];

/** The kind of a list: what its head or verb says, else what most of its items are known as. */
export function kindOfList(items: readonly string[], head?: string, verb?: string): ItemKind | undefined {
  const counts = new Map<ItemKind, number>();
  for (const i of items) for (const k of kindsOf(i)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const fits = (k: ItemKind) => (counts.get(k) ?? 0) * 2 >= items.length;
  for (const [re, kind] of HEAD_KIND) if (head && re.test(head)) return kind;
  for (const [re, kind] of VERB_KIND) if (!head && verb && re.test(verb) && fits(kind)) return kind;
  // With nothing but the items to go on, most of them must be known: "highways and transport"
  // (a council's budget heading) is not a list of economic sectors because "transport" is one.
  const most = (k: ItemKind) => (counts.get(k) ?? 0) * 2 > items.length;
  const best = [...counts.entries()].filter(([k]) => most(k)).sort((a, b) => b[1] - a[1]);
  // A tie (tea: a crop and a good) says nothing.
  if (best.length === 0 || (best.length > 1 && best[0]?.[1] === best[1]?.[1])) return undefined;
  return best[0]?.[0];
}

/** The noun a stem uses for things of a kind: "which of these goods …". */
export const KIND_NOUN: Record<ItemKind, string> = { goods: "goods", crops: "crops", sectors: "sectors", metals: "metals" };
