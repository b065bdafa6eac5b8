"use server";
import "server-only";
// Importing a file: preview (parse and validate, store nothing), then confirm (parse and validate
// the same file again on the server, and store it as a new set only if every line was read).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { messageTranslator, translated } from "@/lib/i18n/action-messages";
import { questionRow } from "@/lib/articles/store";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { visibleArticlesWhere } from "@/lib/questions/access";
import { TYPE_LABELS } from "@/lib/question-types";
import { setDetailsSchema } from "@/lib/validation/sets";
import { MAX_IMPORT_BYTES, refuseFile } from "./common";
import { previewImport, type ImportPreview } from "./import";
import { actionTranslator } from "@/lib/i18n/server-messages";
import { IMPORT_FORMATS, lineError } from "./types";
import type { ClientPreview } from "./preview-types";

const importInput = z.object({
  file: z.instanceof(File, { message: "Choose a file to import." }),
  format: z.enum(IMPORT_FORMATS, { message: "Choose the file's format." }),
  /** The article the questions are linked to; "" for none. */
  article: z.string().max(120).default(""),
});

async function readPreview({ file, format, article }: z.output<typeof importInput>, user: SessionUser) {
  const linked = article ? await db.article.findFirst({ where: { AND: [{ slug: article }, visibleArticlesWhere(user.id)] }, select: { id: true, rawText: true, title: true } }) : null;
  if (article && !linked) throw new NotFoundError((await actionTranslator("teacherInterchangeActions"))("notInLibrary"));
  // The size is checked before reading a byte: a huge upload is refused, not decoded.
  if (file.size > MAX_IMPORT_BYTES) return { linked, preview: { questions: [], errors: [lineError(1, refuseFile("", file.size)!.code, refuseFile("", file.size)!.values)] } satisfies ImportPreview };
  const text = new TextDecoder("utf-8").decode(await file.arrayBuffer());
  // The editor's checks speak the bank's messages (teacherBankMessages).
  const say = await messageTranslator("teacherBankMessages");
  return { linked, preview: previewImport(text, format, { bytes: file.size, articleText: linked?.rawText ?? null, say }) };
}

/** What the browser is shown: the teacher's own file read back (keys included: they wrote them). */
function forClient(preview: ImportPreview, fileName: string): ClientPreview {
  return {
    fileName,
    errors: preview.errors.map((e) => ({ line: e.line, message: e.message, code: e.code, values: { ...e.values } })),
    questions: preview.questions.map(({ line, question: q, notes, category }) => ({
      line,
      type: TYPE_LABELS[q.type],
      typeKey: q.type,
      prompt: q.prompt,
      answer: q.answerText,
      source: q.source.sentence,
      notes: notes.map((n) => n.data),
      ...(category ? { category } : {}),
    })),
  };
}

export const previewImportAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: importInput, invalid: "Choose a file and its format." }, async (input, { user }) => {
  const { preview } = await readPreview(input, user);
  return { preview: forClient(preview, input.file.name.slice(0, 200)) };
}));

export const confirmImportAction = translated("teacherKnownMessages", defineAction(
  { role: "teacher", input: importInput.extend({ title: setDetailsSchema.shape.title }), invalid: "Give the new set a title (at least 3 characters) and choose the file again." },
  async ({ title, ...input }, { user }) => {
    const { preview, linked } = await readPreview(input, user);
    const t = await actionTranslator("teacherInterchangeActions");
    if (preview.errors.length > 0) throw new ValidationError(t("nothingImported", { n: preview.errors.length }));
    const fileName = input.file.name.slice(0, 200);
    const set = await db.$transaction(async (tx) => {
      const created = await tx.questionSet.create({ data: { title, description: linked ? t("descriptionLinked", { file: fileName, article: linked.title }) : t("description", { file: fileName }), ownerId: user.id } });
      for (const [position, { question: q }] of preview.questions.entries()) {
        // Checked by the editor's own rules and written by the teacher: ready to assign, as an edit is.
        const row = questionRow(linked?.id ?? null, q, "approved");
        await tx.question.create({
          data: {
            ...row,
            origin: "manual",
            createdById: user.id,
            versions: { create: { version: 1, bodyJson: row.bodyJson } },
            setItems: { create: { setId: created.id, position } },
          },
        });
      }
      return created;
    });
    revalidatePath("/teacher/sets");
    redirect(`/teacher/sets/${set.id}?imported=${preview.questions.length}`);
  },
));
