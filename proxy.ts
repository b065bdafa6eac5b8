// Next.js proxy (formerly middleware): runs before every page, action and route.
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { foreignOriginResponse, isForeignWrite } from "@/lib/http/origin";

export function proxy(request: NextRequest) {
  // A server action or form post from another site: 403 here (Next.js itself would answer 500).
  if (isForeignWrite(request)) return foreignOriginResponse();
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
