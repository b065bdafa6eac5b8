"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { translated } from "@/lib/i18n/action-messages";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { actionTranslator } from "@/lib/i18n/server-messages";
import { visibleArticlesWhere } from "@/lib/questions/access";
import { addQuestionsInput, moveItemInput, setDetailsSchema, setIdInput, setItemInput } from "@/lib/validation/sets";
import { loadQuestion } from "@/lib/questions/store";
import { keptApart, type SetQuestion } from "./clashes";
import { requireOwnSet } from "./queries";

const asSetQuestion = (row: { id: string; articleId: string | null; bodyJson: unknown }): SetQuestion => ({ articleId: row.articleId, question: loadQuestion(row) });

/** The set actions' messages in the teacher's language (messages/*.json teacherSetsActions). */
const tr = () => actionTranslator("teacherSetsActions");

/** Positions 0..n-1 in the current order, so moves and inserts never meet gaps or ties. */
async function renumber(setId: string) {
  const items = await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" }, select: { id: true } });
  await db.$transaction([
    ...items.map((item, i) => db.questionSetItem.update({ where: { id: item.id }, data: { position: i } })),
    db.questionSet.update({ where: { id: setId }, data: { updatedAt: new Date() } }),
  ]);
}

export const createSetAction = translated("teacherKnownMessages", defineFormAction({ role: "teacher", input: setDetailsSchema, values: ["title", "description"] }, async (details, { user }) => {
  const { id } = await db.questionSet.create({ data: { ...details, ownerId: user.id } });
  redirect(`/teacher/sets/${id}`);
}));

export const updateSetDetailsAction = translated("teacherKnownMessages", defineFormAction(
  { role: "teacher", input: setDetailsSchema.extend(setIdInput.shape), hidden: ["setId"], values: ["title", "description"] },
  async ({ setId, ...details }, { user, values }) => {
    await requireOwnSet(setId, user);
    await db.questionSet.update({ where: { id: setId }, data: details });
    revalidatePath(`/teacher/sets/${setId}`);
    return { ok: true, message: (await tr())("saved"), values };
  },
));

/** Only approved questions of articles the teacher can see go into a set. */
export const addSetItemAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: setItemInput }, async ({ setId, questionId }, { user }) => {
  await requireOwnSet(setId, user);
  const question = await db.question.findFirst({ where: { id: questionId, status: "approved", article: visibleArticlesWhere(user.id) }, select: { id: true } });
  if (!question) throw new ValidationError((await tr())("onlyApproved"));
  const last = await db.questionSetItem.aggregate({ where: { setId }, _max: { position: true } });
  try {
    await db.questionSetItem.create({ data: { setId, questionId, position: (last._max.position ?? -1) + 1 } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new ConflictError((await tr())("alreadyIn"));
    throw error;
  }
  await db.questionSet.update({ where: { id: setId }, data: { updatedAt: new Date() } });
  revalidatePath(`/teacher/sets/${setId}`);
  return { message: (await tr())("added") };
}));

/**
 * Several questions into a set in one step: the teacher's existing set, or a new one (named after
 * the article, say). Every question must be one they could add alone (approved, of an article they
 * can see): if any is not, nothing is written, not even the new set. Questions already in the set,
 * or picked twice, are left as they are. A question that would show the answer to another in the
 * set, or ask the same thing again, is kept out (./clashes): a teacher who adds a whole bank gets a
 * quiz where no question gives another away, and is told how many stayed out. Returns where they
 * went, how many were new and how many were kept apart.
 */
export const addQuestionsToSetAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: addQuestionsInput }, async ({ questionIds, setId, newSetTitle }, { user }) => {
  if (setId) await requireOwnSet(setId, user);
  const wanted = [...new Set(questionIds)];
  const usable = await db.question.findMany({
    where: { id: { in: wanted }, status: "approved", article: visibleArticlesWhere(user.id) },
    select: { id: true, articleId: true, bodyJson: true },
  });
  if (usable.length !== wanted.length) {
    const missing = wanted.length - usable.length;
    throw new ValidationError((await tr())("notUsable", { missing }));
  }
  // In the order the teacher sees them: the order picked, which the bank and picker give by position in the article.
  const rank = new Map(wanted.map((qid, i) => [qid, i]));
  const ordered = usable.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);

  const outcome = await db.$transaction(async (tx) => {
    const target = setId ?? (await tx.questionSet.create({ data: { title: newSetTitle!, description: "", ownerId: user.id }, select: { id: true } })).id;
    const inSet = await tx.questionSetItem.findMany({ where: { setId: target }, select: { question: { select: { id: true, articleId: true, bodyJson: true } } } });
    const present = new Set(inSet.map((i) => i.question.id));
    const fresh = ordered.filter((q) => !present.has(q.id));
    const { kept } = keptApart(inSet.map((i) => asSetQuestion(i.question)), fresh.map(asSetQuestion));
    const last = await tx.questionSetItem.aggregate({ where: { setId: target }, _max: { position: true } });
    const start = (last._max.position ?? -1) + 1;
    if (kept.length > 0) await tx.questionSetItem.createMany({ data: kept.map((q, i) => ({ setId: target, questionId: q.question.id, position: start + i })) });
    await tx.questionSet.update({ where: { id: target }, data: { updatedAt: new Date() } });
    return { setId: target, added: kept.length, alreadyIn: ordered.length - fresh.length, keptApart: fresh.length - kept.length };
  });
  revalidatePath(`/teacher/sets/${outcome.setId}`);
  revalidatePath("/teacher/sets");
  const t = await tr();
  const already = outcome.alreadyIn > 0 ? t("alreadyMany", { n: outcome.alreadyIn }) : "";
  const apart = outcome.keptApart > 0 ? t("keptApartMany", { n: outcome.keptApart }) : "";
  return { ...outcome, created: !setId, message: `${t("addedMany", { added: outcome.added })}${already}${apart}` };
}));

export const removeSetItemAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: setItemInput }, async ({ setId, questionId }, { user }) => {
  await requireOwnSet(setId, user);
  const removed = await db.questionSetItem.deleteMany({ where: { setId, questionId } });
  if (removed.count === 0) throw new NotFoundError((await tr())("gone"));
  await renumber(setId);
  revalidatePath(`/teacher/sets/${setId}`);
  return { message: (await tr())("removed") };
}));

export const moveSetItemAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: moveItemInput }, async ({ setId, questionId, direction }, { user }) => {
  await requireOwnSet(setId, user);
  const items = await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" }, select: { id: true, questionId: true } });
  const at = items.findIndex((i) => i.questionId === questionId);
  if (at === -1) throw new NotFoundError((await tr())("gone"));
  const to = direction === "up" ? at - 1 : at + 1;
  if (to < 0 || to >= items.length) return { message: (await tr())(direction === "up" ? "alreadyFirst" : "alreadyLast") };
  const order = [...items];
  [order[at], order[to]] = [order[to]!, order[at]!];
  await db.$transaction([
    ...order.map((item, i) => db.questionSetItem.update({ where: { id: item.id }, data: { position: i } })),
    db.questionSet.update({ where: { id: setId }, data: { updatedAt: new Date() } }),
  ]);
  revalidatePath(`/teacher/sets/${setId}`);
  return { message: (await tr())("moved", { n: to + 1, total: items.length }) };
}));

export const duplicateSetAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: setIdInput }, async ({ setId }, { user }) => {
  const set = await requireOwnSet(setId, user);
  const items = await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } });
  const title = (await tr())("copyOf", { title: set.title }).slice(0, 120);
  const { id } = await db.questionSet.create({
    data: { title, description: set.description, ownerId: user.id, items: { create: items.map((item, i) => ({ questionId: item.questionId, position: i })) } },
  });
  revalidatePath("/teacher/sets");
  redirect(`/teacher/sets/${id}?duplicated=1`);
}));

/**
 * Refused while the set is assigned: the database restricts the delete (Assignment.set), since it
 * would take the class's attempts and points with it. Checked by the delete itself, so an
 * assignment made a moment before can't slip between a check and the delete.
 */
export const deleteSetAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: setIdInput }, async ({ setId }, { user }) => {
  await requireOwnSet(setId, user);
  try {
    await db.questionSet.delete({ where: { id: setId } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2003") throw new ConflictError((await tr())("setIsAssigned"));
    throw error;
  }
  revalidatePath("/teacher/sets");
  redirect("/teacher/sets?deleted=1");
}));
