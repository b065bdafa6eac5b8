import { putResponse } from "@/lib/attempts/save-route";

export const dynamic = "force-dynamic";

// Autosave of one answer. Checks the session and ownership itself: layouts don't guard route handlers.
export async function PUT(request: Request, { params }: { params: Promise<{ id: string; questionId: string }> }) {
  const { id, questionId } = await params;
  return putResponse(request, id, questionId);
}
