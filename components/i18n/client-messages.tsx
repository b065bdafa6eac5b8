"use client";
import { createContext, Fragment, useContext, type ReactNode } from "react";

// Client components' messages without next-intl's client runtime: its message-format parser
// would cost the quiz page about 10 kB of gzipped JavaScript, over its 150 kB budget
// (bench/pages). The root layout passes the `client` namespace of the request's messages
// (lib/i18n/messages.ts clientMessages), translated already; the messages there use only
// `{name}` placeholders (test/i18n-messages.test.ts checks), filled in here.

type Tree = { [key: string]: string | Tree };
type Values = Record<string, string | number>;

const Context = createContext<{ locale: string; messages: Tree }>({ locale: "en", messages: {} });

/**
 * The root layout gives every page the `client` namespace; a section's layout (the teacher's, the
 * admin's) nests another provider with its own namespaces (lib/i18n/messages.ts), added to the
 * ones above it, so a student's pages don't carry the staff pages' messages.
 */
export function ClientMessages({ locale, messages, children }: { locale?: string; messages: Tree; children: ReactNode }) {
  const outer = useContext(Context);
  return <Context.Provider value={{ locale: locale ?? outer.locale, messages: { ...outer.messages, ...messages } }}>{children}</Context.Provider>;
}

/**
 * Fills `{name}` placeholders; a missing message shows its key (the e2e scanner looks for those).
 * Numbers are written the locale's way ("12,400 points"), as ICU's `{n, number}` would.
 */
export function fill(template: string, values?: Values, locale = "en"): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? formatValue(values[name]!, locale) : whole));
}

function formatValue(value: string | number, locale: string): string {
  return typeof value === "number" ? value.toLocaleString(locale) : value;
}

/**
 * Fills `{name}` placeholders with elements (a bold score inside a sentence), so the sentence is
 * one message whose word order is its language's: `fillNodes(t("rank"), { rank: <strong>2</strong> })`.
 */
export function fillNodes(template: string, values: Record<string, ReactNode>, locale = "en"): ReactNode[] {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined || !(name in values)) return part;
    const value = values[name];
    return <Fragment key={i}>{typeof value === "number" ? formatValue(value, locale) : value}</Fragment>;
  });
}

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** `t("key", { n: 2 })` for one namespace of the client messages, e.g. useT("client.quiz"). */
export function useT(namespace: string): (key: string, values?: Values) => string {
  const { locale, messages } = useContext(Context);
  return (key, values) => {
    const message = lookup(messages, `${namespace}.${key}`);
    return message === undefined ? `${namespace}.${key}` : fill(message, values, locale);
  };
}

/** The page's language, for Intl formatting in client components. */
export function useLocale(): string {
  return useContext(Context).locale;
}
