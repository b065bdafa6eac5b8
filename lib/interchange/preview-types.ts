// The import preview as the browser receives it (no "server-only": the form renders it).
export type ClientPreview = {
  fileName: string;
  errors: { line: number; message: string }[];
  questions: { line: number; type: string; prompt: string; answer: string; source: string; notes: string[]; category?: string }[];
};
