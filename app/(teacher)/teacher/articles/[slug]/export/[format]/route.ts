import { exportDownload } from "@/lib/interchange/route";

// Checks the teacher role and the article's visibility itself: layouts do not guard route handlers.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const { slug, format } = await params;
  return exportDownload("article", slug, format);
}
