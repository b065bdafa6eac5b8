import type { NextRequest } from "next/server";
import { withSignInThrottle } from "@/lib/auth/credentials-route";
import { handlers } from "@/lib/auth/config";

export const { GET } = handlers;
export const POST = withSignInThrottle((request) => handlers.POST(request as NextRequest));
