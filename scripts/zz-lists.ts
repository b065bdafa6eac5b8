import { readFileSync } from "node:fs";
import { analyse } from "../lib/generation/analyse";
const a: any = analyse(readFileSync(process.argv[2]!, "utf8"));
for (const f of a.facts) if (f.kind === "list" || f.kind === "membership") console.log(f.kind, JSON.stringify({ items: f.items ?? f.members, head: f.head, named: f.named, container: f.container, contrast: f.contrast, nonMembers: f.nonMembers, s: f.source.sentence.slice(0, 120) }));
