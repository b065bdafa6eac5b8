import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { limitedBody } from "@/lib/http/body";

export const { GET } = handlers;

/** next-auth's endpoint reads sign-in forms (well under 1 KB): the body is streamed and capped first. */
export async function POST(request: NextRequest) {
  const limited = await limitedBody(request, 64 * 1024);
  if (limited instanceof Response) return limited;
  return handlers.POST(limited);
}
