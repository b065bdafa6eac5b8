"use client";
import { FieldError, ListEditor } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";
import { useT } from "@/components/i18n/client-messages";

export function MatchingEditor({ draft, patch, errors }: EditorProps) {
  const t = useT("teacherClient.editor");
  return (
    <>
      <fieldset className="space-y-2" aria-describedby={errors.pairs ? "q-pairs-error" : undefined}>
        <legend className="text-sm font-medium">{t("pairsLegend")}</legend>
        <ol className="space-y-2">
          {draft.pairs.map((p, i) => (
            <li key={i} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
              {(["left", "right"] as const).map((side) => (
                <div key={side}>
                  <label htmlFor={`q-pair-${i}-${side}`} className="sr-only">
                    {t(side === "left" ? "pairItem" : "pairMatch", { n: i + 1 })}
                  </label>
                  <input
                    id={`q-pair-${i}-${side}`}
                    value={p[side]}
                    placeholder={side === "left" ? t("item", { n: i + 1 }) : t("matchFor", { n: i + 1 })}
                    onChange={(e) => patch({ pairs: draft.pairs.map((x, k) => (k === i ? { ...x, [side]: e.target.value } : x)) })}
                    className="block w-full rounded-lg border border-slate-300 px-3 py-2"
                  />
                </div>
              ))}
              <button type="button" disabled={draft.pairs.length <= 2} onClick={() => patch({ pairs: draft.pairs.filter((_, k) => k !== i) })} className="rounded-lg px-3 text-sm hover:bg-slate-100 disabled:opacity-50" aria-label={t("removePair", { n: i + 1 })}>
                {t("remove")}
              </button>
            </li>
          ))}
        </ol>
        {draft.pairs.length < 8 ? (
          <button type="button" onClick={() => patch({ pairs: [...draft.pairs, { left: "", right: "" }] })} className="rounded-lg border border-line px-3 py-1.5 text-sm">
            {t("addPair")}
          </button>
        ) : null}
        <FieldError id="q-pairs-error" errors={errors.pairs} />
      </fieldset>
      <ListEditor
        id="q-extras"
        legend={t("extrasLegend")}
        hint={t("extrasHint")}
        itemLabel={(i) => t("extra", { n: i + 1 })}
        addLabel={t("addExtra")}
        items={draft.extras}
        min={0}
        max={4}
        onChange={(extras) => patch({ extras })}
        errors={errors.extras}
      />
    </>
  );
}
