"use client";
import { useLocale, useT } from "@/components/i18n/client-messages";
import { intlLocale } from "@/lib/i18n/format";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Point = { id: string; at: string; percent: number; title: string };

const dayFormat = (timeZone: string, locale: string) => new Intl.DateTimeFormat(intlLocale(locale), { month: "short", day: "numeric", timeZone });

/**
 * Scores over time as a line chart. The chart is decoration for sighted users: the same data
 * is in the table next to it (see ProgressView), so the SVG is hidden from screen readers.
 */
export function ScoreChart({ points, timeZone }: { points: Point[]; timeZone: string }) {
  const t = useT("client.chart");
  const fmt = dayFormat(timeZone, useLocale());
  const data = points.map((p, i) => ({ ...p, n: i + 1, label: fmt.format(new Date(p.at)) }));
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 12, bottom: 8, left: -12 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fill: "#475569", fontSize: 12 }} tickLine={false} axisLine={{ stroke: "#94a3b8" }} minTickGap={16} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fill: "#475569", fontSize: 12 }} tickLine={false} axisLine={{ stroke: "#94a3b8" }} />
          <Tooltip
            formatter={(value) => [`${String(value)}%`, t("score")]}
            labelFormatter={(_label, payload) => (payload?.[0]?.payload as { title?: string; label?: string } | undefined)?.title ?? ""}
          />
          {/* brand-600 on white: well over 3:1 contrast for a graphical object */}
          <Line type="monotone" dataKey="percent" stroke="#2452d9" strokeWidth={2.5} dot={{ r: 3, fill: "#2452d9" }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
