import "server-only";
import QRCode from "qrcode";
import { isValidJoinCode, normalizeJoinCode } from "./join-code";

// A class's join link (/join/CODE) and its QR code, for the class page. The link only fills the
// join form on the student's dashboard: joining stays a deliberate press of "Join class", which
// goes through the same checks and wrong-code throttle as a typed code (lib/classes/actions.ts).

export function joinPath(code: string): string {
  return `/join/${encodeURIComponent(code)}`;
}

/** The code in a join link, normalised as typing it would be; null when it can't be a code. */
export function codeFromLink(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const code = normalizeJoinCode(decoded.slice(0, 40));
  return isValidJoinCode(code) ? code : null;
}

/** The link as an SVG QR code, drawn on the server: no script reaches the browser for it. */
export async function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#0f172a", light: "#ffffff" } });
}
