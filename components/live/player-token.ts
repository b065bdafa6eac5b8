// The resume token a player's browser keeps per game (localStorage): reloading the page, or
// coming back after losing the network, rejoins as the same player with the same score. The
// server stores only its SHA-256 (LivePlayer.tokenHash).
const key = (gameId: string) => `factdeck-live:${gameId}`;

export function rememberToken(gameId: string, token: string): void {
  try {
    localStorage.setItem(key(gameId), token);
  } catch {
    // private mode without storage: this tab still plays; a reload can't resume
  }
}

export function tokenFor(gameId: string): string | null {
  try {
    return localStorage.getItem(key(gameId));
  } catch {
    return null;
  }
}
