import "server-only";
import { closeOverdueFor } from "@/lib/attempts/close";
import { requireRole } from "@/lib/auth/session";
import { userMessage } from "@/lib/errors";
import { httpStatus } from "@/lib/http";
import { requestOrigin } from "@/lib/http/origin";
import { csvResponse } from "./csv";
import { answersCsv, questionsCsv, studentsCsv } from "./export";
import { getAssignmentResults } from "./queries";

export type ResultsCsvKind = "students" | "questions" | "answers";

/**
 * GET handler body for the downloads. Route handlers sit outside the teacher layout's check,
 * so the role and the ownership are checked here, and refusals are plain status codes (no
 * redirect: a download link should fail as a download, not land on a sign-in page).
 */
export async function resultsCsv(request: Request, assignmentId: string, kind: ResultsCsvKind): Promise<Response> {
  try {
    const user = await requireRole("teacher");
    await closeOverdueFor({ assignmentId });
    const results = await getAssignmentResults(assignmentId, user);
    const meta = { title: results.assignment.title, className: results.assignment.className, timeZone: results.assignment.timeZone };
    const origin = requestOrigin(request);
    const file =
      kind === "students"
        ? studentsCsv(meta, results.students)
        : kind === "questions"
          ? questionsCsv(meta, results.questions, origin)
          : answersCsv(meta, results.students, results.attempts, origin);
    return csvResponse(file.body, file.fileName);
  } catch (error) {
    return new Response(userMessage(error), {
      status: httpStatus(error),
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
}
