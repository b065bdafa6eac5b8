import Link from "next/link";
import { inputClasses } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { QUESTION_TYPES } from "@/lib/question-types";
import type { BankFilters } from "@/lib/questions/queries";
import { BANK_STATUS_FILTERS } from "@/lib/questions/review";
import { getTranslations } from "next-intl/server";

type Fact = { key: string; kind: string; label: string };

/** A plain GET form: filters live in the URL, so they survive a reload and can be shared. */
export async function BankFilterForm({ slug, filters, facts }: { slug: string; filters: BankFilters; facts: Fact[] }) {
  const [t, types] = await Promise.all([getTranslations("teacherBank"), getTranslations("client.types")]);
  // A kind the engine learns later shows as it is named.
  const kindLabel = (kind: string) => (t.has(`kinds.${kind}`) ? t(`kinds.${kind}` as "kinds.number") : kind);
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
    <form method="get" action={`/teacher/articles/${slug}`} aria-label={t("filters.label")} className="grid gap-3 rounded-2xl border border-line bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      {select("type", t("filters.type"), QUESTION_TYPES.map((type) => ({ value: type, label: types(type) })), t("filters.anyType"))}
      {select("status", t("filters.status"), BANK_STATUS_FILTERS.map((f) => ({ value: f.value, label: t(`statuses.${f.value}`) })), t("filters.anyStatus"))}
      {select("kind", t("filters.kind"), kinds.map((k) => ({ value: k, label: kindLabel(k) })), t("filters.anyKind"))}
      {select("fact", t("filters.fact"), facts.map((f) => ({ value: f.key, label: f.label.length > 70 ? `${f.label.slice(0, 69)}…` : f.label })), t("filters.anyFact"))}
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("primary", "md")}>
          {t("filters.submit")}
        </button>
        <Link href={`/teacher/articles/${slug}#questions`} className={buttonClasses("ghost", "md")}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
