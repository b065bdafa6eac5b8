"use client";
import dynamic from "next/dynamic";

/**
 * The score chart, loaded after the page rather than with it: recharts is about 115 kB of
 * gzipped JavaScript, more than the rest of the page's own code together. The chart is a
 * picture of the table beside it (hidden from screen readers), so nothing waits for it; its box
 * keeps the chart's height meanwhile so the page doesn't move when it arrives.
 */
export const ScoreChart = dynamic(() => import("./score-chart").then((m) => m.ScoreChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-64 w-full" />,
});
