import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers. Touches no database, so an outage of the database (which
 * /api/ready reports) doesn't make an orchestrator restart every instance (docs/deploy.md).
 */
export function GET() {
  return NextResponse.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
