import { joinRoute } from "@/lib/live/routes";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return joinRoute(request);
}
