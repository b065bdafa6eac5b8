// Stage 1b: split the article body into typed blocks. Image lines, the caption lines that repeat
// them, photo credits and footer boilerplate are kept as blocks (with offsets) so they can be
// shown, but they are not quiz material and would otherwise become fake sentences.
import type { Block, BlockKind } from "./types";

interface Line { start: number; end: number }

const IMAGE_MD = /^!\[([\s\S]*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"]*")?\)$/;
const CREDIT_ONLY = /^[([](?:[A-Z0-9][A-Z0-9 .,&/'’-]{1,60}|(?:photo|image|graphics?|source|courtesy)[^\])]{0,60})[\])]$/i;
/** A credit glued to the end of a line: "… on May 27. [YONHAP]" */
export const TRAILING_CREDIT = /\s*[[(](?:[A-Z][A-Z0-9 .,&/'’-]{1,60}|(?:Photo|Image|Graphics?|Courtesy|Source)[^\])]{0,60})[\])]\s*$/;

const FOOTER: RegExp[] = [
  /^(?:by|BY|By)\s+[A-Z][A-Z .'’-]+(?:\s*\[[^\]]*\]|\s*\([^)]*@[^)]*\))?\s*$/, // "BY KIM SU-MIN [email]"
  /^no comments?\.?$/i,
  /^post a comment/i,
  /^(?:leave a (?:comment|reply)|comments? \(\d+\))/i,
  /^translated (?:from|by)\b/i,
  /\b(?:using|with the help of) (?:generative )?ai\b/i,
  /^(?:copyright|©|\(c\))/i,
  /all rights reserved/i,
  /^(?:related (?:articles?|stories)|read more|more from|subscribe|sign up|share this|follow us)\b/i,
  /^\(?(?:reporting|additional reporting|editing|writing|compiled) by\b/i,
  /^[\w.+-]+@[\w-]+\.[\w.]+$/,
  /^(?:tags?|topics?)\s*:/i,
];

const norm = (s: string) => s.toLowerCase().replace(TRAILING_CREDIT, "").replace(/[^\p{L}\p{N}]+/gu, "");

function splitLines(clean: string, from: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (pos <= clean.length) {
    const nl = clean.indexOf("\n", pos);
    const stop = nl === -1 ? clean.length : nl;
    let s = pos;
    let e = stop;
    while (s < e && /\s/.test(clean[s] ?? "")) s++;
    while (e > s && /\s/.test(clean[e - 1] ?? "")) e--;
    if (e > s) lines.push({ start: s, end: e });
    if (nl === -1) break;
    pos = nl + 1;
  }
  return lines;
}

/** Hard-wrapped paragraphs: a line that stops mid-sentence and a next line starting in lower case. */
function mergeWrapped(clean: string, lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const prevText = prev ? clean.slice(prev.start, prev.end) : "";
    const gap = prev ? clean.slice(prev.end, line.start) : "";
    const first = clean[line.start] ?? "";
    if (prev && !/\n\s*\n/.test(gap) && !/[.!?:"”’)\]]$/.test(prevText) && /\p{Ll}/u.test(first) &&
        !prevText.startsWith("![")) {
      prev.end = line.end;
    } else out.push({ ...line });
  }
  return out;
}

// "CORRECTION: An earlier version of this story said the bridge was 40 metres long." A correction
// notice repeats the figure the story got wrong; quizzed, its wrong figure reads as a fact and the
// right one as a distractor. It is an editor's note about the story, not quiz material.
const CORRECTION_NOTICE = [
  /^(?:correction|clarification|editor['’]s note)s?\s*(?:\([^)]{1,40}\))?\s*[:—–-]/i,
  /^(?:an? )?(?:earlier|previous) version of this (?:story|article|report|piece)\b/i,
  /^this (?:story|article|report) (?:has been|was) (?:corrected|amended)\b/i,
];

function isFooter(line: string): boolean {
  return FOOTER.some((re) => re.test(line));
}

export function segmentBlocks(text: string, clean: string, bodyStart: number): Block[] {
  const lines = mergeWrapped(clean, splitLines(clean, bodyStart));
  const blocks: Block[] = [];
  const push = (kind: BlockKind, start: number, end: number) =>
    blocks.push({ index: blocks.length, kind, text: text.slice(start, end), start, end });
  if (bodyStart > 0) {
    let end = bodyStart;
    while (end > 0 && /[\r\n]/.test(text[end - 1] ?? "")) end--;
    push("frontmatter", 0, end);
  }

  let recentAlts: string[] = [];
  let seenContent = false;
  let inFooter = false;
  for (const line of lines) {
    const t = clean.slice(line.start, line.end);
    const image = IMAGE_MD.exec(t) ?? (/^<img\b/i.test(text.slice(line.start, line.end)) ? [t, ""] : null);
    if (image) {
      push("image", line.start, line.end);
      const alt = norm(image[1] ?? "");
      if (alt.length > 0) recentAlts = [alt, ...recentAlts].slice(0, 3);
      continue;
    }
    if (CREDIT_ONLY.test(t) && t.length < 70) {
      push("credit", line.start, line.end);
      continue;
    }
    const n = norm(t);
    if (n.length > 0 && recentAlts.some((a) => a === n || (n.length > 20 && (a.includes(n) || n.includes(a))))) {
      push("caption", line.start, line.end);
      continue;
    }
    // Once boilerplate starts, short lines after it are boilerplate too ("No comments").
    if (isFooter(t) || (inFooter && t.split(/\s+/).length < 12)) {
      inFooter = true;
      push("footer", line.start, line.end);
      continue;
    }
    if (CORRECTION_NOTICE.some((re) => re.test(t))) {
      push("footer", line.start, line.end);
      continue;
    }
    const words = t.split(/\s+/).length;
    if (!seenContent && words <= 30 && (!/[.!?]["”’]?$/.test(t) || (words <= 15 && !/\.["”’]?$/.test(t)))) {
      seenContent = true;
      push("headline", line.start, line.end);
      continue;
    }
    seenContent = true;
    inFooter = false;
    const credit = TRAILING_CREDIT.exec(t);
    if (credit && credit.index > 0 && /[.!?"”’]$/.test(t.slice(0, credit.index).trimEnd())) {
      const cut = line.start + credit.index;
      push("body", line.start, cut);
      const cs = line.start + credit.index + (credit[0].length - credit[0].trimStart().length);
      push("credit", cs, line.end);
      continue;
    }
    push("body", line.start, line.end);
  }
  return blocks;
}
