// Session faking for integration tests. In the test file:
//
//   vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
//   ...
//   signInAs(student.id);   // auth() now returns a session for that user
//   signOut();              // auth() returns null
//
// lib/auth/session.ts reads the user row (and its role) from the database on every call, so
// the session only needs the user id.
let currentUserId: string | null = null;

export function signInAs(userId: string): void {
  currentUserId = userId;
}

export function signOut(): void {
  currentUserId = null;
}

/** Who signInAs() signed in, for helpers that send a real session cookie (test/autosave.ts). */
export function signedInUserId(): string | null {
  return currentUserId;
}

async function auth() {
  if (!currentUserId) return null;
  return { user: { id: currentUserId }, expires: new Date(Date.now() + 3_600_000).toISOString() };
}

/** Stands in for lib/auth/config.ts, which would otherwise start next-auth. */
export const authConfigMock = {
  auth,
  handlers: {},
  signIn: async () => undefined,
  signOut: async () => undefined,
  authenticate: async () => null,
};
