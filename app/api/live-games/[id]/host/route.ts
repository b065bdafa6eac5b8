import { hostGetRoute, hostPostRoute } from "@/lib/live/routes";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Ctx) {
  return hostGetRoute(request, (await params).id);
}

export async function POST(request: Request, { params }: Ctx) {
  return hostPostRoute(request, (await params).id);
}
