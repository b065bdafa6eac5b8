import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, databaseUrl, providerOf } from "./database-url";

describe("databaseUrl and providerOf", () => {
  it("defaults to the embedded SQLite file when DATABASE_URL is unset or blank", () => {
    expect(databaseUrl({} as unknown as NodeJS.ProcessEnv)).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: "   " } as unknown as NodeJS.ProcessEnv)).toBe(DEFAULT_DATABASE_URL);
    expect(providerOf(DEFAULT_DATABASE_URL)).toBe("sqlite");
  });

  it("reads PostgreSQL from either scheme name", () => {
    expect(providerOf("postgresql://app@db.internal:5432/factdeck")).toBe("postgresql");
    expect(providerOf("postgres://app:secret@127.0.0.1/factdeck?sslmode=require")).toBe("postgresql");
  });

  it("names no provider for anything else, so lib/env.ts refuses it with a message", () => {
    for (const url of ["mysql://root@localhost/factdeck", "factdeck.db", "sqlite:./x.db", "POSTGRESQL://x/y", ""]) expect(providerOf(url)).toBeNull();
  });
});
