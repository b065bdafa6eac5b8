// Whether a capitalised word that opens a run of capitalised words starts a name ("Port Alder",
// "Greywater Rovers") or is a role written before one ("Goalkeeper Marta Lind", "Economist Ana
// Ruiz"), which takes a small letter inside a question.
import nlp from "compromise";

const ROLE = /^(?:goalkeeper|keeper|striker|defender|midfielder|forward|winger|captain|coach|manager|player|driver|rider|skipper|referee|economist|analyst|spokesperson|spokesman|spokeswoman|minister|governor|president|director|chairman|chairwoman|chair|chief|executive|official|officer|lawmaker|senator|mayor|premier|professor|researcher|strategist|founder|partner|adviser|advisor|head|deputy|former|acting|veteran|midfield|teenager|rookie|champion|candidate|leader|judge|prosecutor|police|doctor|nurse|teacher|author|singer|actor|actress|artist)$/i;

// A formal title written straight before a name keeps its capital mid-sentence ("President Ana
// Ruiz", "Governor Lee"), unlike a job description ("goalkeeper Marta Lind").
const TITLE = /^(?:President|Governor|Senator|Mayor|Premier|Prime|Chancellor|Minister|Professor|Judge|Justice|King|Queen|Prince|Princess|Pope|Sheikh|Emir|Sultan|Ambassador|General|Admiral|Cardinal|Archbishop|Bishop|Rabbi|Imam|Dr|Sir|Dame|Lord|Lady)$/;

/** True when `subject`'s first word is capitalised as part of a longer name, so it keeps its capital. */
export function opensName(subject: string): boolean {
  const [first = "", second = ""] = subject.split(/\s+/);
  if (!/^\p{Lu}/u.test(second)) return false;
  if (TITLE.test(first)) return true;
  if (ROLE.test(first)) return false;
  try {
    return !nlp(first.toLowerCase()).has("#Actor");
  } catch {
    return true;
  }
}
