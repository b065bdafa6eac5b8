import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button } from "@/components/ui/button";

// Button's asChild (the child element gets the button's styles) without radix's Slot.
describe("Button", () => {
  it("is a button of type button by default", () => {
    expect(renderToStaticMarkup(createElement(Button, null, "Go"))).toMatch(/^<button class="inline-flex[^"]*" type="button">Go<\/button>$/);
  });

  it("with asChild styles its child element instead, keeping the child's own props and classes", () => {
    const html = renderToStaticMarkup(
      createElement(Button, { asChild: true, variant: "secondary", title: "from the button" }, createElement("a", { href: "/next", className: "w-full" }, "Next")),
    );
    expect(html).toMatch(/^<a [^>]*>Next<\/a>$/);
    expect(html).toContain(' title="from the button"');
    expect(html).toContain(' href="/next"');
    expect(html).toMatch(/ class="inline-flex[^"]*bg-white[^"]* w-full"/);
    expect(html).not.toContain("<button");
    expect(html).not.toContain('type="button"');
  });

  it("with asChild refuses anything but one element", () => {
    expect(() => renderToStaticMarkup(createElement(Button, { asChild: true }, "text"))).toThrow("asChild");
  });
});
