import { resultsCsv } from "@/lib/results/csv-route";

// Checks the teacher role and ownership itself: layouts do not guard route handlers.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return resultsCsv(request, id, "answers");
}
