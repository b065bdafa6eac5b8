import "server-only";
import { db } from "./db";

export async function databaseIsUp(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    console.error("health check failed", error);
    return false;
  }
}
