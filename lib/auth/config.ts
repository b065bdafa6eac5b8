import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { beginSignIn, RateLimitedError, recordSignInSuccess, requestIp, SIGN_IN_ATTEMPTS } from "@/lib/security/rate-limit";
import { ROLES, signInSchema, type Role } from "@/lib/validation/auth";
import { burnVerifyTime, verifyPassword } from "./password";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
  }
  interface User {
    role?: Role;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
  }
}

/**
 * Thrown by `authenticate` while the email or the address is throttled. Auth.js passes it through
 * to the sign-in action (which shows its message) and turns it into `code=rate_limited` on the HTTP
 * endpoint (which app/api/auth answers with a 429). It says the same for every email.
 */
export class SignInThrottled extends CredentialsSignin {
  code = "rate_limited";
  /** "Too many sign-in attempts. Try again in N minutes." (Auth.js decorates `message` itself.) */
  readonly userMessage: string;
  constructor(readonly retryAfterMs: number) {
    super();
    this.userMessage = new RateLimitedError(retryAfterMs, SIGN_IN_ATTEMPTS).message;
  }
}

/**
 * Every sign-in path ends here (the sign-in form's action through `signIn`, and POSTs to
 * /api/auth/callback/credentials), so this is where guessing is throttled: the email (registered
 * or not) and the address each get a failure budget (lib/security/rate-limit.ts).
 */
export async function authenticate(raw: unknown, request?: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = requestIp(request?.headers ?? new Headers());
  const wait = await beginSignIn(email, ip); // counts this attempt as a failure until it succeeds
  if (wait > 0) throw new SignInThrottled(wait);
  const user = await db.user.findUnique({ where: { email } });
  if (!user) {
    await burnVerifyTime(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await recordSignInSuccess(email, ip);
  return { id: user.id, name: user.name, email: user.email, role: user.role as Role };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => authenticate(credentials, request),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role && (ROLES as readonly string[]).includes(token.role)) {
        session.user = { ...session.user, id: token.uid, role: token.role, name: session.user.name ?? "" };
      }
      return session;
    },
  },
});
