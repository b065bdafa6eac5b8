import { z } from "zod";

/**
 * JSON text from a request (a bounded body read as text) as its value: text that isn't JSON is a
 * failed parse like any other bad input. Stored JSON is read by lib/data/loaders.ts instead.
 */
export const jsonText = z.string().transform((text, ctx): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "Not JSON." });
    return z.NEVER;
  }
});
