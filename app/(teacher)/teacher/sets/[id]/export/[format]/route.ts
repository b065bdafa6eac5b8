import { exportDownload } from "@/lib/interchange/route";

// Checks the teacher role and ownership itself: layouts do not guard route handlers.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  return exportDownload("set", id, format);
}
