import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script with no type declarations
import { postgresSchema } from "./schemas.mjs";

describe("scripts/schemas.mjs", () => {
  it("keeps prisma/postgres/schema.prisma in step with prisma/schema.prisma (run `node scripts/schemas.mjs` after editing the schema)", () => {
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(postgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
  });

  it("changes only the provider and the client's folder", () => {
    const sqlite = 'generator client {\n  output = "../lib/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A { id String @id }\n';
    const pg = postgresSchema(sqlite) as string;
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output = "../../lib/generated/prisma-postgres"');
    expect(pg).toContain("model A { id String @id }");
  });

  it("refuses a schema it can't convert rather than writing a wrong one", () => {
    expect(() => postgresSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/expected provider "sqlite"/);
  });
});
