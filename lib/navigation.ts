// The main navigation by role, and which link is the current page's, kept pure for unit tests.

export type NavLink = { href: string; label: string };

/** The link for the current page: the longest href that is the path or a parent of it. */
export function activeHref(links: readonly NavLink[], pathname: string): string | null {
  const matches = links.filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}

/** Where someone lands after signing in (with nowhere else to go): a teacher's home is /teacher. */
export function homePath(role: string): string {
  return role === "student" ? "/dashboard" : "/teacher";
}

export const STUDENT_LINKS: readonly NavLink[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/articles", label: "Articles" },
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
  { href: "/leaderboard", label: "Leaderboard" },
];

export const TEACHER_LINKS: readonly NavLink[] = [
  { href: "/teacher", label: "Teach" },
  { href: "/teacher/classes", label: "Classes" },
  { href: "/teacher/sets", label: "Sets" },
  { href: "/articles", label: "Articles" },
];

/** The pages of a student's own work: a teacher on one of them is in the student view. */
const STUDENT_PAGES = ["/dashboard", "/review", "/progress", "/leaderboard", "/attempts"];

const under = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

export type NavUser = { role: string; /** Enrolled in a class: a teacher who also studies. */ studies: boolean };

export type Nav = {
  view: "student" | "teacher" | "visitor";
  links: NavLink[];
  /** The other view, for a teacher: "Student view" only for one who studies; "Teacher view" from a student page. */
  switchTo: NavLink | null;
};

/**
 * The main navigation for who is signed in and where they are. Students see their pages. A
 * teacher (or admin) sees the teacher pages; on a student page (their own work) the student
 * pages, with a way back. A teacher enrolled in a class can switch to the student view.
 */
export function navFor(user: NavUser | null, pathname: string): Nav {
  if (!user) return { view: "visitor", links: [{ href: "/articles", label: "Articles" }], switchTo: null };
  const admin = user.role === "admin" ? [{ href: "/admin", label: "Admin" }] : [];
  if (user.role === "student") return { view: "student", links: [...STUDENT_LINKS], switchTo: null };
  if (STUDENT_PAGES.some((href) => under(pathname, href))) {
    return { view: "student", links: [...STUDENT_LINKS], switchTo: { href: "/teacher", label: "Teacher view" } };
  }
  return { view: "teacher", links: [...TEACHER_LINKS, ...admin], switchTo: user.studies ? { href: "/dashboard", label: "Student view" } : null };
}
