// Sessions that end and callbacks that stay on site (issue 12, defects 5 and 6).
import { expect, test } from "./csp-guard";
import { signOut, signUpStudent, uniqueName } from "./helpers";

test("a copy of the session cookie is refused once its owner signs out", async ({ page, browser, baseURL }) => {
  const name = uniqueName("Cookie Owner");
  await signUpStudent(page, name);
  const stolen = await page.context().cookies();
  expect(stolen.some((c) => c.name.includes("session-token"))).toBe(true);

  // The copy works while the owner is signed in ...
  const attacker = await browser.newContext({ baseURL });
  await attacker.addCookies(stolen);
  const theirs = await attacker.newPage();
  await theirs.goto("/dashboard");
  await expect(theirs.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();

  // ... and not after they sign out: the sign-in page, as for anyone signed out.
  await signOut(page);
  await theirs.goto("/dashboard");
  await expect(theirs).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
  await expect(theirs.getByRole("link", { name: "Sign in" })).toBeVisible();
  // The autosave route refuses it too.
  const save = await theirs.request.put("/api/attempts/x/responses/y", { data: { response: { choice: 1 } } });
  expect(save.status()).toBe(401);
  await attacker.close();
});

test("a signed-in visit to sign-in with a tricky callbackUrl stays on this site, and never gets a 500", async ({ page, baseURL }) => {
  test.setTimeout(150_000); // sixteen page loads on a shared 2-core machine
  await signUpStudent(page, uniqueName("Redirect Tester"));
  const site = new URL(baseURL!).host;
  for (const callbackUrl of ["%2F%09%2Fevil.example", "%2F%0D%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%0D%0A%2Fevil.example", "%2F%5C%2Fevil.example", "%2F.%2F%2Fevil.example", "javascript%3Aalert(1)", "https%3A%2F%2Fevil.example"]) {
    const direct = await page.request.get(`/sign-in?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect([callbackUrl, direct.status()]).toEqual([callbackUrl, 307]);
    expect([callbackUrl, direct.headers()["location"]]).toEqual([callbackUrl, "/dashboard"]);
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    expect(new URL(page.url()).host).toBe(site);
    await expect(page).toHaveURL(/\/dashboard$/);
  }
  // A page of this site is still honoured.
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/progress")}`);
  await expect(page).toHaveURL(/\/progress$/);
});

test("the auth routes answer a foreign or malformed callbackUrl with a 400 that says so", async ({ request }) => {
  for (const callbackUrl of ["javascript:alert(1)", "not a url", "https://evil.example/"]) {
    const res = await request.get(`/api/auth/session?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    expect([callbackUrl, res.status()]).toEqual([callbackUrl, 400]);
    expect(await res.json()).toEqual({ message: "callbackUrl must be a page of this site." });
  }
});
