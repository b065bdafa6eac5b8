import type { NextRequest } from "next/server";
import { GET, POST as guardedPost } from "@/lib/auth/auth-route";
import { withSignInThrottle } from "@/lib/auth/credentials-route";

// Auth.js behind two guards: callback URLs must be pages of this site (auth-route), and a
// throttled credentials sign-in answers 429 (credentials-route).
export { GET };
export const POST = withSignInThrottle((request) => guardedPost(request as NextRequest));
