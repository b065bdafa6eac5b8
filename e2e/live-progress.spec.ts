// A signed-in student's live game counts where their quizzes do (issue 16): the game joins their
// score history on the progress page, and its points (the quiz rule: 10 per right answer) reach
// their leaderboard total.
import { expect, test } from "@playwright/test";
import { signUpStudent, uniqueName } from "./helpers";
import { createLiveSet, gameQuestions, hostLive } from "./live-helpers";
import { fillCorrectAnswer } from "./quiz-helpers";

test("a signed-in student plays a live game: it shows on their progress page and earns leaderboard points", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const { setId, title } = await createLiveSet();
  const { context: hostContext, host, gameId, pin } = await hostLive(browser, setId);
  const [first] = await gameQuestions(gameId);

  // The student plays under their display name: no nickname to type.
  const name = uniqueName("Live Player");
  await signUpStudent(page, name);
  await page.goto(`/play?pin=${pin}`);
  await expect(page.getByRole("main").getByText(name)).toBeVisible();
  await expect(page.getByLabel("Nickname")).toHaveCount(0);
  await page.getByRole("button", { name: "Join game" }).click();
  await expect(page.getByTestId("player-nickname")).toHaveText(name);

  // The first question answered right, the second left unanswered, then the host ends the game.
  await host.getByRole("button", { name: "Start game" }).click();
  await expect(page.getByTestId("player-prompt")).toHaveText(first!.prompt);
  await fillCorrectAnswer(page.getByTestId("player"), first!);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByTestId("player-sent")).toBeVisible();
  await host.getByRole("button", { name: "Close question" }).click();
  await host.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByTestId("player-prompt")).not.toHaveText(first!.prompt);
  await host.getByRole("button", { name: "End game" }).click();
  await expect(host.getByRole("link", { name: "See the results" })).toBeVisible();
  await hostContext.close();

  await page.goto("/progress");
  await expect(page.getByText("in 1 quiz")).toBeVisible();
  await page.getByText("Show scores as a table").click();
  // Two questions played of the set's four (the game ended early), one right: 50 %.
  const row = page.getByRole("row").filter({ hasText: `Live game: ${title}` });
  await expect(row).toContainText("50%");
  await page.goto("/leaderboard");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("10");
});
