// PDFs and Word files written by others, and what the import says of each one it cannot read: a reason
// the user can act on, never a library's raw message. The files are made here by LibreOffice (a
// password-protected PDF, one protected only against editing, a .doc renamed .docx), encrypted as Word
// encrypts a .docx with a password (ECMA-376 agile encryption, by officecrypto-tool), or cut from real ones.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import officeCrypto from 'officecrypto-tool';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../electron/contract';
import { importFolderInto } from '../../../electron/core/library/folderImport';
import { DOCX_REASONS } from '../../../electron/core/library/formats';
import { Library } from '../../../electron/core/library/library';
import { PDF_REASONS } from '../../../electron/core/library/pdf';
import { PROJECT_DIR, tempDir } from '../../support/paths';

const FORMATS = path.join(PROJECT_DIR, 'test', 'fixtures', 'formats');
const DOCX = path.join(FORMATS, 'cuba-belarus-agreements.docx');
const PDF = path.join(FORMATS, 'cuba-belarus-agreements.pdf');

let report: ImportReport;
let folder: string;

/** LibreOffice converts `source` with a filter and its options; returns the converted file. */
function convert(source: string, outDir: string, filter: string): string {
  execFileSync('soffice', ['--headless', '--convert-to', filter, '--outdir', outDir, source], { stdio: 'ignore', timeout: 120_000 });
  return path.join(outDir, `${path.basename(source, path.extname(source))}.${filter.split(':')[0]}`);
}

/** The same .docx in ISO 29500 Strict: the Strict namespaces in place of the Transitional ones. */
async function strictDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await readFile(DOCX));
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = await zip.file(name)!.async('string');
    zip.file(
      name,
      text
        .replaceAll('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main')
        .replaceAll(
          'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
          'http://purl.oclc.org/ooxml/officeDocument/relationships',
        ),
    );
  }
  return zip.generateAsync({ type: 'uint8array' });
}

beforeAll(async () => {
  const work = await tempDir('unreadable-work');
  folder = path.join(await tempDir('unreadable'), 'Embassy feed');
  await mkdir(folder, { recursive: true });
  const at = (name: string) => path.join(folder, name);
  const locked = convert(
    DOCX,
    path.join(work, 'locked'),
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
  );
  await rename(locked, at('password.pdf'));
  const ownerOnly = convert(
    DOCX,
    path.join(work, 'owner'),
    'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner"}}',
  );
  await rename(ownerOnly, at('protected-against-editing.pdf'));
  const doc = convert(DOCX, path.join(work, 'doc'), 'doc:MS Word 97');
  await rename(doc, at('old-word.docx'));
  await writeFile(at('password.docx'), officeCrypto.encrypt(await readFile(DOCX), { password: 'secret' }));
  const pdf = await readFile(PDF);
  await writeFile(at('cut-short.pdf'), pdf.subarray(0, 900));
  await copyFile(path.join(PROJECT_DIR, 'test', 'fixtures', 'bad', 'scanned-no-text-layer.pdf'), at('scanned.pdf'));
  const docx = await readFile(DOCX);
  await writeFile(at('cut-short.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  await writeFile(at('strict.docx'), await strictDocx());
  const notWord = new JSZip();
  notWord.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  notWord.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
  notWord.file('content.xml', '<spreadsheet/>');
  await writeFile(at('a-zip-not-word.docx'), await notWord.generateAsync({ type: 'uint8array' }));
  report = await importFolderInto(await Library.open(await tempDir('unreadable-lib')), folder);
}, 300_000);

const reasonOf = (name: string) => report.skipped.find((skip) => path.basename(skip.path) === name)?.reason;

describe('files the import cannot read say why, in words the user can act on', () => {
  it('a PDF that asks for a password, and one protected only against editing (it opens: imported)', () => {
    expect(reasonOf('password.pdf')).toBe(PDF_REASONS.password);
    expect(report.imported.map((entry) => path.basename(entry.path))).toContain('protected-against-editing.pdf');
  });

  it('a damaged PDF and a scanned one', () => {
    expect(reasonOf('cut-short.pdf')).toBe(PDF_REASONS.damaged);
    expect(reasonOf('scanned.pdf')).toBe(PDF_REASONS.scanned);
  });

  it('a password-protected .docx, a damaged one, an ISO Strict one, a .doc named .docx, a zip that is not Word', () => {
    expect(reasonOf('password.docx')).toBe(DOCX_REASONS.encrypted);
    expect(reasonOf('cut-short.docx')).toBe(DOCX_REASONS.notZip);
    expect(reasonOf('strict.docx')).toBe(DOCX_REASONS.strict);
    expect(reasonOf('old-word.docx')).toBe(DOCX_REASONS.legacy);
    expect(reasonOf('a-zip-not-word.docx')).toBe(DOCX_REASONS.notWord);
  });

  it('never passes on a library’s own message (no URLs, no exception names)', () => {
    expect(report.skipped).toHaveLength(8);
    for (const { reason } of report.skipped) expect(reason).not.toMatch(/https?:|Exception|Error|undefined|null/);
  });
});
