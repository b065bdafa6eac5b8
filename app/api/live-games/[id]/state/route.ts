import { stateRoute } from "@/lib/live/routes";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Ctx) {
  return stateRoute((await params).id);
}
