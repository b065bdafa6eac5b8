import { postSubmit } from "@/lib/attempts/submit-route";

export const dynamic = "force-dynamic";

// Submitting a quiz. Checks the session and ownership itself: layouts don't guard route handlers.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return postSubmit(request, id);
}
