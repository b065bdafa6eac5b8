import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { beginSignIn, RateLimitedError, recordSignInSuccess, requestIp, SIGN_IN_ATTEMPTS } from "@/lib/security/rate-limit";
import { ROLES, signInSchema, type Role } from "@/lib/validation/auth";
import { safeCallbackUrl } from "./callback-url";
import { burnVerifyTime, verifyPassword } from "./password";
import { endAllSessions, isLiveSession, sessionUserRow, tokenVersion } from "./session-version";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
    /** The session version the token was issued with (lib/auth/session-version.ts). */
    sv?: number;
  }
  interface User {
    role?: Role;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** The user's session version at sign-in; a different current version ends the session. */
    sv?: number;
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
 * Thrown by `authenticate` for a disabled account, and only once its password was right: a wrong
 * password gets the usual "don't match", so "disabled" tells nothing to someone guessing. The
 * sign-in action shows `userMessage`; the HTTP endpoint redirects with `code=account_disabled`.
 */
export class SignInDisabled extends CredentialsSignin {
  code = "account_disabled";
  readonly userMessage = "This account has been disabled by an admin, so it can't sign in. If you think that's a mistake, ask your teacher or your school's Factdeck admin.";
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
  // A right password, even for a disabled account: nobody is guessing, so the counters clear.
  await recordSignInSuccess(email, ip);
  if (user.disabledAt) throw new SignInDisabled();
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

// Seven days, counted from sign-in: a server component can't write cookies, so the token's expiry
// is not rolled forward as pages are read. A student who left a shared school computer signed in
// is exposed for a week at most; everyone signs in again once a week.
const SESSION_MAX_AGE = 7 * 24 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => authenticate(credentials, request),
    }),
  ],
  callbacks: {
    // A disabled account can't sign in: `authenticate` refuses it with its own message; this
    // catches one disabled between that check and here.
    async signIn({ user }) {
      if (!user.id) return false;
      const row = await sessionUserRow(user.id);
      return !!row && row.disabledAt === null;
    },
    async jwt({ token, user }) {
      if (user?.id) {
        // Signing in: the token carries the account's current session version.
        const row = await sessionUserRow(user.id);
        if (!row) return null;
        token.uid = user.id;
        token.role = user.role;
        token.sv = row.sessionVersion;
        return token;
      }
      // Every later read: a token of a signed-out-everywhere, disabled or deleted account is no
      // session (and the session endpoint clears its cookie).
      if (typeof token.uid !== "string") return null;
      return isLiveSession(await sessionUserRow(token.uid), token.sv) ? token : null;
    },
    session({ session, token }) {
      if (token.uid && token.role && (ROLES as readonly string[]).includes(token.role)) {
        session.user = { ...session.user, id: token.uid, role: token.role, name: session.user.name ?? "" };
        session.sv = tokenVersion(token.sv);
      }
      return session;
    },
    // The auth routes' callbackUrl (query, form field or cookie) goes through the same check as
    // the sign-in page's: a foreign, `javascript:` or malformed URL lands on the home page.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackUrl(url, "/", baseUrl)}`;
    },
  },
  events: {
    // Signing out ends every session of the user, so a copy of the cookie is worthless too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.uid === "string") await endAllSessions(token.uid, tokenVersion(token.sv));
    },
  },
});
