// Runs ../shared/tools/docx-check (LibreOffice, python-docx, pandoc) on an exported file and returns its summary.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DOCX_CHECK, tempDir } from './paths';

export interface DocxSummary {
  headings: { style: string; text: string }[];
  styles: Record<string, number>;
  header_texts: string[];
  footer_texts: string[];
  has_toc: boolean;
  footnotes: number;
  tables: number;
  languages: string[];
  core_properties: { title: string; creator: string; subject: string; keywords: string; created: string | null };
  page: { width_mm: number; height_mm: number; orientation: string };
  pages: number;
  pdf: string;
}

/** `outDir`: where its PDF and page images go (by default a folder of the test run's own, not /tmp's). */
export async function docxCheck(file: string, outDir?: string): Promise<DocxSummary> {
  const { stdout } = await promisify(execFile)(DOCX_CHECK, [file, outDir ?? (await tempDir('docx-check'))], { timeout: 200_000 });
  return JSON.parse(stdout) as DocxSummary;
}
