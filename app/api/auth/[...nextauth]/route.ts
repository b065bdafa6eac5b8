import type { NextRequest } from "next/server";
import { GET, POST as guardedPost } from "@/lib/auth/auth-route";
import { withSignInThrottle } from "@/lib/auth/credentials-route";
import { limitedBody } from "@/lib/http/body";

// Auth.js behind three guards: the body is streamed and capped (sign-in forms are well under
// 1 KB), callback URLs must be pages of this site (auth-route), and a throttled credentials
// sign-in answers 429 (credentials-route).
export { GET };
const throttledPost = withSignInThrottle((request) => guardedPost(request as NextRequest));

export async function POST(request: NextRequest) {
  const limited = await limitedBody(request, 64 * 1024);
  if (limited instanceof Response) return limited;
  return throttledPost(limited);
}
