import { meRoute } from "@/lib/live/routes";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Ctx) {
  return meRoute(request, (await params).id);
}
