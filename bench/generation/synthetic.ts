// Synthetic articles for the engine's bounds (bench and tests): never real text.
// Deterministic: the same arguments give the same text.

const COUNTRIES = ["Korea", "Japan", "Vietnam", "Chile", "Kenya", "Norway", "Peru", "Ghana"];
const GOODS = ["semiconductors", "steel", "cars", "batteries", "rice", "ships", "textiles", "copper"];
const PEOPLE = ["Min-ji Park", "Hiroshi Sato", "Ana Torres", "Grace Otieno", "Lars Berg", "Kwame Mensah"];

/** One plausible news sentence, varied by i: a figure, a year, a country, goods, a speaker. */
function sentence(i: number): string {
  const c = COUNTRIES[i % COUNTRIES.length]!;
  const d = COUNTRIES[(i + 3) % COUNTRIES.length]!;
  const g = GOODS[(i * 5) % GOODS.length]!;
  const p = PEOPLE[(i * 7) % PEOPLE.length]!;
  switch (i % 4) {
    case 0: return `Exports of ${g} from ${c} to ${d} rose ${(i % 90) + 1}.${i % 10} percent in ${1990 + (i % 35)}, according to the trade ministry.`;
    case 1: return `"We expect demand for ${g} to keep growing next year," said ${p}, who leads the ${c} chamber of commerce.`;
    case 2: return `The ${c} government approved a budget of $${(i % 70) + 2}.${i % 10} billion for ${g} research, the largest since ${1980 + (i % 40)}.`;
    default: return `About ${(i % 60) + 10} companies from ${d} joined the fair, while ${(i % 30) + 5} firms from ${c} sent delegations.`;
  }
}

/** An article of about `words` words: short paragraphs of varied sentences under a headline. */
export function longArticle(words: number): string {
  const parts = ["# Trade fair draws record crowds as exporters look abroad", ""];
  let count = 0;
  let para: string[] = [];
  for (let i = 0; count < words; i++) {
    const s = sentence(i);
    para.push(s);
    count += s.split(/\s+/).length;
    if (para.length === 4) {
      parts.push(para.join(" "), "");
      para = [];
    }
  }
  if (para.length) parts.push(para.join(" "));
  return parts.join("\n");
}

/** A page of markdown links with figures in their text and no full stop: one endless "sentence". */
export function linkSoup(bytes: number): string {
  let s = "# Links of the week\n\n";
  for (let i = 0; s.length < bytes; i++) {
    s += `[Exports to ${COUNTRIES[i % COUNTRIES.length]} rose ${(i % 90) + 1} percent in ${2000 + (i % 25)}, says ${PEOPLE[i % PEOPLE.length]}](https://example.com/news/${i}-trade-${i * 7}) `;
  }
  return s.slice(0, bytes);
}
