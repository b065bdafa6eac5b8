"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError, userMessage } from "@/lib/errors";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/forms";
import { visibleArticlesWhere } from "@/lib/questions/access";
import { moveItemInput, setDetailsSchema, setIdInput, setItemInput } from "@/lib/validation/sets";
import { requireOwnSet } from "./queries";

export type SetResult = { ok: true; message?: string } | { ok: false; message: string };

function fields(formData: FormData, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, formData.get(k)]));
}

function parseOr<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new NotFoundError("We couldn't find that question set.");
  return parsed.data;
}

/** Positions 0..n-1 in the current order, so moves and inserts never meet gaps or ties. */
async function renumber(setId: string) {
  const items = await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" }, select: { id: true } });
  await db.$transaction([
    ...items.map((item, i) => db.questionSetItem.update({ where: { id: item.id }, data: { position: i } })),
    db.questionSet.update({ where: { id: setId }, data: { updatedAt: new Date() } }),
  ]);
}

export async function createSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["title", "description"]);
  let id: string;
  try {
    const user = await requireRole("teacher");
    const parsed = setDetailsSchema.safeParse(fields(formData, ["title", "description"]));
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    id = (await db.questionSet.create({ data: { ...parsed.data, ownerId: user.id } })).id;
  } catch (error) {
    return { ok: false, formError: userMessage(error), values };
  }
  redirect(`/teacher/sets/${id}`);
}

export async function updateSetDetailsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["title", "description"]);
  try {
    const user = await requireRole("teacher");
    const { setId } = parseOr(setIdInput, fields(formData, ["setId"]));
    await requireOwnSet(setId, user);
    const parsed = setDetailsSchema.safeParse(fields(formData, ["title", "description"]));
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    await db.questionSet.update({ where: { id: setId }, data: parsed.data });
    revalidatePath(`/teacher/sets/${setId}`);
    return { ok: true, message: "Saved.", values };
  } catch (error) {
    return { ok: false, formError: userMessage(error), values };
  }
}

/** Only approved questions of articles the teacher can see go into a set. */
export async function addSetItemAction(formData: FormData): Promise<SetResult> {
  try {
    const user = await requireRole("teacher");
    const { setId, questionId } = parseOr(setItemInput, fields(formData, ["setId", "questionId"]));
    await requireOwnSet(setId, user);
    const question = await db.question.findFirst({ where: { id: questionId, status: "approved", article: visibleArticlesWhere(user.id) }, select: { id: true } });
    if (!question) throw new ValidationError("Only approved questions can go in a set. Approve it in its article's bank first.");
    const last = await db.questionSetItem.aggregate({ where: { setId }, _max: { position: true } });
    try {
      await db.questionSetItem.create({ data: { setId, questionId, position: (last._max.position ?? -1) + 1 } });
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") throw new ConflictError("That question is already in the set.");
      throw error;
    }
    await db.questionSet.update({ where: { id: setId }, data: { updatedAt: new Date() } });
    revalidatePath(`/teacher/sets/${setId}`);
    return { ok: true, message: "Added to the set." };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

export async function removeSetItemAction(formData: FormData): Promise<SetResult> {
  try {
    const user = await requireRole("teacher");
    const { setId, questionId } = parseOr(setItemInput, fields(formData, ["setId", "questionId"]));
    await requireOwnSet(setId, user);
    const removed = await db.questionSetItem.deleteMany({ where: { setId, questionId } });
    if (removed.count === 0) throw new NotFoundError("That question isn't in the set any more.");
    await renumber(setId);
    revalidatePath(`/teacher/sets/${setId}`);
    return { ok: true, message: "Removed from the set." };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

export async function moveSetItemAction(formData: FormData): Promise<SetResult> {
  try {
    const user = await requireRole("teacher");
    const { setId, questionId, direction } = parseOr(moveItemInput, fields(formData, ["setId", "questionId", "direction"]));
    await requireOwnSet(setId, user);
    const items = await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" }, select: { id: true, questionId: true } });
    const at = items.findIndex((i) => i.questionId === questionId);
    if (at === -1) throw new NotFoundError("That question isn't in the set any more.");
    const to = direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= items.length) return { ok: true, message: `Already ${direction === "up" ? "first" : "last"}.` };
    const order = [...items];
    [order[at], order[to]] = [order[to]!, order[at]!];
    await db.$transaction([
      ...order.map((item, i) => db.questionSetItem.update({ where: { id: item.id }, data: { position: i } })),
      db.questionSet.update({ where: { id: setId }, data: { updatedAt: new Date() } }),
    ]);
    revalidatePath(`/teacher/sets/${setId}`);
    return { ok: true, message: `Moved to position ${to + 1} of ${items.length}.` };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

export async function duplicateSetAction(formData: FormData): Promise<SetResult> {
  let id: string;
  try {
    const user = await requireRole("teacher");
    const { setId } = parseOr(setIdInput, fields(formData, ["setId"]));
    const set = await requireOwnSet(setId, user);
    const items = await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } });
    const title = `Copy of ${set.title}`.slice(0, 120);
    id = (
      await db.questionSet.create({
        data: { title, description: set.description, ownerId: user.id, items: { create: items.map((item, i) => ({ questionId: item.questionId, position: i })) } },
      })
    ).id;
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
  revalidatePath("/teacher/sets");
  redirect(`/teacher/sets/${id}?duplicated=1`);
}

/** Refused while the set is assigned: deleting it would delete the class's attempts with it. */
export async function deleteSetAction(formData: FormData): Promise<SetResult> {
  try {
    const user = await requireRole("teacher");
    const { setId } = parseOr(setIdInput, fields(formData, ["setId"]));
    await requireOwnSet(setId, user);
    const assigned = await db.assignment.count({ where: { setId } });
    if (assigned > 0) throw new ConflictError("This set is assigned to a class, and deleting it would delete the students' answers. Duplicate it instead, or remove the assignment first.");
    await db.questionSet.delete({ where: { id: setId } });
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
  revalidatePath("/teacher/sets");
  redirect("/teacher/sets?deleted=1");
}
