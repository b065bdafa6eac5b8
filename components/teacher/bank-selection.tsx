"use client";
import { useRouter } from "next/navigation";
import { createContext, use, useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { InlineError } from "@/components/ui/inline-error";
import { addQuestionsToSetAction } from "@/lib/sets/actions";
import { useT } from "@/components/i18n/client-messages";

// Several questions of a bank into a set in one step (issue 14): a checkbox on each approved
// question, "Select all approved", and "Add to set" (a new set named after the article, or one of
// the teacher's sets), which then opens the set, where it can be assigned.

type Selection = { selected: ReadonlySet<string>; toggle: (id: string, on: boolean) => void };
const SelectionContext = createContext<Selection | null>(null);

const NEW_SET = "new";

type Props = {
  /** The approved questions shown, in page order: only these can go in a set. */
  selectable: string[];
  articleTitle: string;
  sets: { id: string; title: string }[];
  children: ReactNode;
};

export function BankSelection({ selectable, articleTitle, sets, children }: Props) {
  const router = useRouter();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState(NEW_SET);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const t = useT("teacherClient.bank");
  // A question approved or un-approved since (the page re-renders) drops out of the selection.
  const selected = new Set([...chosen].filter((id) => selectable.includes(id)));
  const allSelected = selectable.length > 0 && selected.size === selectable.length;
  const newTitle = articleTitle.length >= 3 ? articleTitle.slice(0, 120) : t("newSetTitle", { title: articleTitle });

  function toggle(id: string, on: boolean) {
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function add() {
    const ids = selectable.filter((id) => selected.has(id));
    start(async () => {
      const result = await addQuestionsToSetAction(target === NEW_SET ? { questionIds: ids, newSetTitle: newTitle } : { questionIds: ids, setId: target });
      if (!result.ok) return setError(result.message);
      setError(null);
      router.push(`/teacher/sets/${result.setId}?added=${result.added}${result.alreadyIn ? `&already=${result.alreadyIn}` : ""}${result.keptApart ? `&apart=${result.keptApart}` : ""}`);
    });
  }

  return (
    <SelectionContext value={{ selected, toggle }}>
      {selectable.length > 0 ? (
        <div className="space-y-3 rounded-2xl border border-line bg-white p-4" data-testid="bank-selection">
          <div className="flex flex-wrap items-center gap-2">
            <Button size="sm" variant="secondary" onClick={() => setChosen(allSelected ? new Set() : new Set(selectable))}>
              {allSelected ? t("clearSelection") : t("selectAll", { n: selectable.length })}
            </Button>
            <span role="status" className="text-sm text-muted" data-testid="selected-count">
              {selected.size === 0 ? t("tickHint") : selected.size === 1 ? t("selectedOne") : t("selectedN", { n: selected.size })}
            </span>
          </div>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <div className="min-w-0 flex-1 space-y-1">
              <label htmlFor="add-to-set" className="block text-sm font-medium">
                {t("addTo")}
              </label>
              <select id="add-to-set" value={target} onChange={(e) => setTarget(e.target.value)} className={`${inputClasses} text-sm`}>
                <option value={NEW_SET}>{t("newSet", { title: newTitle })}</option>
                {sets.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </div>
            <Button onClick={add} disabled={pending || selected.size === 0}>
              {pending ? t("adding") : selected.size === 0 ? t("addToSet") : selected.size === 1 ? t("addOne") : t("addN", { n: selected.size })}
            </Button>
          </div>
          <InlineError message={error} />
        </div>
      ) : null}
      {children}
    </SelectionContext>
  );
}

/** The tick on one approved question's card. */
export function SelectQuestionBox({ id, prompt }: { id: string; prompt: string }) {
  const selection = use(SelectionContext);
  const t = useT("teacherClient.bank");
  if (!selection) return null;
  return (
    <label className="inline-flex items-center gap-2 text-sm font-medium">
      <input type="checkbox" checked={selection.selected.has(id)} onChange={(e) => selection.toggle(id, e.target.checked)} className="size-4 accent-brand-600" aria-label={t("selectLabel", { prompt })} />
      <span aria-hidden>{t("select")}</span>
    </label>
  );
}
