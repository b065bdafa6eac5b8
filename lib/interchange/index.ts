// Taking questions in and out of Factdeck (issue 17): exporters and importers per format.
// docs/interchange.md describes the formats, the CSV layout and what each format can't express.
import { exportAiken, parseAiken } from "./aiken";
import { exportCsv, parseCsv } from "./csv";
import { exportGift, parseGift } from "./gift";
import { exportMoodleXml } from "./moodle-xml";
import type { Exporter, ImportFormat, InterchangeFormat, ParseResult } from "./types";

export const EXPORTERS: Record<InterchangeFormat, Exporter> = {
  gift: exportGift,
  aiken: exportAiken,
  csv: exportCsv,
  "moodle-xml": exportMoodleXml,
};

export const PARSERS: Record<ImportFormat, (text: string) => ParseResult> = {
  gift: parseGift,
  aiken: parseAiken,
  csv: parseCsv,
};

export * from "./types";
