import { expect, type Page } from "@playwright/test";

/**
 * What a control does, to tell two controls with one name apart: a link's address; a button's
 * form (its action and every field it sends) or the element it controls. A button with neither
 * (a client-side handler) counts as doing its own thing, so it must have a name of its own.
 */
async function targetsOf(page: Page) {
  const controls = page.locator("a[href], button, [role=button], [role=link], summary");
  const count = await controls.count();
  const found: { name: string; role: string; target: string }[] = [];
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    // Playwright's own accessible-name computation, as a screen reader gets it.
    const snapshot = await control.ariaSnapshot();
    const first = /^- (\w+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot.split("\n")[0] ?? "");
    if (!first) continue;
    const [, role = "", name = ""] = first;
    const target = await control.evaluate((el, index) => {
      if (el instanceof HTMLAnchorElement) return `link:${el.href}`;
      const controlsId = el.getAttribute("aria-controls");
      if (controlsId) return `controls:${controlsId}`;
      const form = el instanceof HTMLButtonElement ? el.form : null;
      if (form && (el as HTMLButtonElement).type === "submit") {
        const fields = [...new FormData(form).entries()].map(([k, v]) => `${k}=${typeof v === "string" ? v : "file"}`).join("&");
        const button = el as HTMLButtonElement;
        return `form:${form.getAttribute("action") ?? ""}|${button.name}=${button.value}|${fields}`;
      }
      return `own:${index}`;
    }, i);
    found.push({ name: name.replace(/\\"/g, '"').trim(), role, target });
  }
  return found;
}

/** No two buttons or links on the page share an accessible name while going to, or doing, different things. */
export async function expectUniqueNames(page: Page, label: string) {
  const found = await targetsOf(page);
  const byName = new Map<string, Set<string>>();
  for (const c of found) {
    if (!c.name) continue;
    const key = c.name.toLowerCase();
    byName.set(key, (byName.get(key) ?? new Set()).add(c.target));
  }
  const clashes = [...byName].filter(([, targets]) => targets.size > 1).map(([name, targets]) => `"${name}" → ${[...targets].join(" | ")}`);
  expect(clashes, `controls sharing a name on ${label}`).toEqual([]);
}
