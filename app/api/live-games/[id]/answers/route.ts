import { answerRoute } from "@/lib/live/routes";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Ctx) {
  return answerRoute(request, (await params).id);
}
