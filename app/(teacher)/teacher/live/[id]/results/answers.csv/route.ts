import { liveResultsCsv } from "@/lib/live/results-csv-route";

// Checks the teacher role and that this teacher hosted the game itself: layouts do not guard route handlers.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return liveResultsCsv(id);
}
