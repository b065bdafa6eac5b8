-- DropIndex
DROP INDEX "PointsEntry_awardedAt_userId_idx";

-- CreateIndex
CREATE INDEX "User_hideFromGlobal_role_points_idx" ON "User"("hideFromGlobal", "role", "points");

-- CreateIndex
CREATE INDEX "PointsEntry_awardedAt_userId_points_idx" ON "PointsEntry"("awardedAt", "userId", "points");

