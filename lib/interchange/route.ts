import "server-only";
// GET handler body for the downloads. Route handlers sit outside the teacher layout's check, so
// the role and the access are checked here; refusals are plain status codes with a message.
import { requireRole } from "@/lib/auth/session";
import { userMessage } from "@/lib/errors";
import { httpStatus } from "@/lib/http";
import { actionTranslator } from "@/lib/i18n/server-messages";
import { EXPORTERS } from "./index";
import { articleCollection, setCollection } from "./server";
import { INTERCHANGE_FORMATS } from "./types";

export async function exportDownload(kind: "set" | "article", id: string, format: string): Promise<Response> {
  const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" };
  const wanted = INTERCHANGE_FORMATS.find((f) => f === format);
  if (!wanted) return new Response((await actionTranslator("teacherInterchange"))("unknownFormat", { formats: INTERCHANGE_FORMATS.join(", ") }), { status: 404, headers: plain });
  try {
    const user = await requireRole("teacher");
    const c = kind === "set" ? await setCollection(id, user) : await articleCollection(id, user);
    const file = EXPORTERS[wanted](c.questions, { title: c.title });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return new Response(userMessage(error), { status: httpStatus(error), headers: plain });
  }
}
