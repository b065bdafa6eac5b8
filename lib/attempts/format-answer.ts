import type { Question } from "@/lib/generation/question-schema";

/** A student's stored answer as a person would read it; "No answer" for anything missing or odd. */
export function formatAnswer(question: Question, raw: unknown): string {
  const r = (raw ?? {}) as Record<string, unknown>;
  const option = (i: unknown) => (typeof i === "number" && "options" in question ? question.options[i] : undefined);
  switch (question.type) {
    case "single_choice":
      return option(r.choice) ?? "No answer";
    case "true_false":
      return typeof r.value === "boolean" ? (r.value ? "True" : "False") : "No answer";
    case "multiple_select": {
      const picks = Array.isArray(r.choices) ? r.choices.map(option).filter(Boolean) : [];
      return picks.length ? picks.join(", ") : "No answer";
    }
    case "numeric":
      return typeof r.value === "string" && r.value.trim() ? `${r.value.trim()}${question.answer.unit ? ` ${question.answer.unit}` : ""}` : "No answer";
    case "fill_blank":
      return typeof r.text === "string" && r.text.trim() ? r.text.trim() : "No answer";
    case "ordering": {
      const items = Array.isArray(r.order) ? r.order.map(option).filter(Boolean) : [];
      return items.length ? items.join(" → ") : "No answer";
    }
    case "matching": {
      const pairs = r.pairs;
      if (!Array.isArray(pairs)) return "No answer";
      return question.prompts.map((p, i) => `${p} → ${option(pairs[i]) ?? "—"}`).join("; ");
    }
  }
}
