import Link from "next/link";
import { inputClasses } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { QUESTION_TYPES } from "@/lib/question-types";
import { TYPE_LABELS } from "@/lib/question-types";
import type { BankFilters } from "@/lib/questions/queries";
import { BANK_STATUS_FILTERS } from "@/lib/questions/review";

type Fact = { key: string; kind: string; label: string };

/** A plain GET form: filters live in the URL, so they survive a reload and can be shared. */
export function BankFilterForm({ slug, filters, facts }: { slug: string; filters: BankFilters; facts: Fact[] }) {
  const kinds = [...new Set(facts.map((f) => f.kind))].sort();
  const select = (name: keyof BankFilters, label: string, options: { value: string; label: string }[], any: string) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={filters[name] ?? ""} className={`${inputClasses} py-1.5 text-sm`}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={`/teacher/articles/${slug}`} aria-label="Filter questions" className="grid gap-3 rounded-2xl border border-line bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      {select("type", "Type", QUESTION_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] })), "Any type")}
      {select("status", "Status", [...BANK_STATUS_FILTERS], "Any status")}
      {select("kind", "Fact kind", kinds.map((k) => ({ value: k, label: k })), "Any kind")}
      {select("fact", "Fact", facts.map((f) => ({ value: f.key, label: f.label.length > 70 ? `${f.label.slice(0, 69)}…` : f.label })), "Any fact")}
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("primary", "md")}>
          Filter
        </button>
        <Link href={`/teacher/articles/${slug}#questions`} className={buttonClasses("ghost", "md")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
