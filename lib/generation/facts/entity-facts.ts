// Stage 4c: AcronymFacts and PersonFacts, one per distinct acronym / person (first mention).
import type { AcronymFact, PersonFact } from "../types";
import type { PersonMention } from "../mentions/people";
import type { AnalysisContext, FactDraft } from "./context";
import { sourceOf } from "./context";

export function buildAcronymFacts(ctx: AnalysisContext): FactDraft[] {
  const seen = new Set<string>();
  const out: FactDraft[] = [];
  ctx.sentences.forEach((s, si) => {
    for (const a of ctx.acronyms[si] ?? []) {
      if (seen.has(a.short)) continue;
      seen.add(a.short);
      const fact: Omit<AcronymFact, "id"> = {
        kind: "acronym", sentenceIndex: si, source: sourceOf(ctx, s), short: a.short, long: a.long,
        label: `${a.short} stands for ${a.long}`,
      };
      out.push({ ...fact, order: a.start });
    }
  });
  return out;
}

export interface KnownPerson { name: string; title?: string; organisation?: string; sentenceIndex: number; ambiguous?: boolean }

/** Everyone named with a title, merged by name; a bare surname ("President Lee") folds into the
 *  full name when exactly one known person has it. */
export function knownPeople(ctx: AnalysisContext): KnownPerson[] {
  const people: KnownPerson[] = [];
  ctx.sentences.forEach((_s, si) => {
    for (const p of ctx.people[si] ?? []) {
      const existing = people.find((k) => k.name === p.name);
      if (existing) {
        existing.title ??= p.title;
        existing.organisation ??= p.organisation;
        continue;
      }
      people.push({ name: p.name, title: p.title, organisation: p.organisation, sentenceIndex: si });
    }
  });
  // "President Trump" is not "First Lady Melania Trump": a surname folds into the full name only
  // when no title says it is someone else.
  const role = (t?: string) => (t && !/^(?:Mr|Ms|Mrs|Dr|Prof|Sir|Dame)\.?$/i.test(t.trim()) ? t.toLowerCase() : undefined);
  const clash = (short: KnownPerson, full: KnownPerson) => {
    const [a, b] = [role(short.title), role(full.title)];
    return a !== undefined && b !== undefined && a !== b && !b.endsWith(a) && !a.endsWith(b);
  };
  const folds = (p: KnownPerson) => people.filter((q) => q !== p && q.name.includes(" ") && nameParts(q.name).includes(p.name));
  const kept = people.filter((p) => {
    if (p.name.includes(" ")) return true;
    const fulls = folds(p);
    return fulls.length === 0 || fulls.some((q) => clash(p, q));
  });
  // A surname kept as someone of its own is never resolved to the full name that shares it.
  return kept.map((p) => (p.name.includes(" ") || folds(p).length === 0 ? p : { ...p, ambiguous: true }));
}

export function nameParts(name: string): string[] {
  const words = name.split(/\s+/);
  return [words[0] ?? "", words[words.length - 1] ?? ""];
}

/** Resolves "Lee" or "Ishiba" to the one known person whose first or last name it is. */
export function resolveName(name: string, people: KnownPerson[]): KnownPerson | undefined {
  const exact = people.find((p) => p.name === name);
  if (exact) return exact;
  if (name.includes(" ")) {
    const tails = people.filter((p) => p.name.endsWith(` ${name}`));
    return tails.length === 1 ? tails[0] : undefined;
  }
  if (people.some((p) => p.name === name && p.ambiguous)) return undefined;
  const hits = people.filter((p) => p.name.includes(" ") && nameParts(p.name).includes(name));
  return hits.length === 1 ? hits[0] : undefined;
}

function personLabel(p: PersonMention): string {
  if (!p.title) return p.name;
  if (/^(?:administration|government)$/.test(p.title)) return `the ${p.name} ${p.title}`;
  if (/^\p{Lu}/u.test(p.title)) return `${p.title} ${p.name}${p.organisation ? ` of ${p.organisation}` : ""}`;
  return `${p.name}, ${/['’]s\b/.test(p.title) ? "the" : /^[aeiou]/i.test(p.title) ? "an" : "a"} ${p.title}`;
}

export function buildPersonFacts(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  const seen = new Set<string>();
  const people = knownPeople(ctx);
  ctx.sentences.forEach((s, si) => {
    for (const p of ctx.people[si] ?? []) {
      if (!p.title || seen.has(p.name)) continue;
      // A surname alone is a back-reference to someone already listed.
      if (!p.name.includes(" ") && resolveName(p.name, people)?.name !== p.name) continue;
      seen.add(p.name);
      const fact: Omit<PersonFact, "id"> = {
        kind: "person", sentenceIndex: si, source: sourceOf(ctx, s), name: p.name, title: p.title,
        label: personLabel(p),
      };
      if (p.organisation) fact.organisation = p.organisation;
      out.push({ ...fact, order: p.start });
    }
  });
  return out;
}
