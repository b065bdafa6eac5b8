// The load benchmarks' yardstick (bench/attempts): a route handler that does no work beyond
// what Next.js itself does for every dynamic request, measured in the same server and run as
// the real endpoints, so their figures read as ratios that don't depend on the machine.
// /api/health is not used because it queries the database. The body is public constant data;
// it reads no input, no session and no database, so exposing it costs nothing.
export const dynamic = "force-dynamic"; // run the handler on every request, like an action runs

const BODY = { ok: true, service: "factdeck", purpose: "benchmark baseline" } as const;

export function GET() {
  return Response.json(BODY);
}
