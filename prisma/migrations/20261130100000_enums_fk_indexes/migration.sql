-- Roles, statuses and kinds become Prisma enums (issue 13, item 4). On SQLite an enum column is
-- TEXT holding the same strings as before, so they need no SQL and every stored row stays valid.
--
-- An index on each foreign key a query (or a cascading delete) follows that had none.

-- CreateIndex
CREATE INDEX "Article_createdById_idx" ON "Article"("createdById");

-- CreateIndex
CREATE INDEX "ArticleIssue_articleId_idx" ON "ArticleIssue"("articleId");

-- CreateIndex
CREATE INDEX "QuestionSet_ownerId_idx" ON "QuestionSet"("ownerId");

-- CreateIndex
CREATE INDEX "QuestionSetItem_questionId_idx" ON "QuestionSetItem"("questionId");

-- CreateIndex
CREATE INDEX "Class_teacherId_idx" ON "Class"("teacherId");

-- CreateIndex
CREATE INDEX "Enrollment_userId_idx" ON "Enrollment"("userId");

-- CreateIndex
CREATE INDEX "Assignment_classId_idx" ON "Assignment"("classId");

-- CreateIndex
CREATE INDEX "Assignment_setId_idx" ON "Assignment"("setId");

-- CreateIndex
CREATE INDEX "Attempt_articleId_idx" ON "Attempt"("articleId");

-- CreateIndex
CREATE INDEX "ReviewCard_questionId_idx" ON "ReviewCard"("questionId");

-- CreateIndex
CREATE INDEX "WeeklyPoints_userId_idx" ON "WeeklyPoints"("userId");
