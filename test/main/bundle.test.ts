// The app runs the core bundled by esbuild into CommonJS, without node_modules: the parsers must work there too.
import { PDF_REASONS } from '../../electron/core/library/pdf';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { copyGermanNouns, copyRussianDictionary, nodeBundle } from '../../build/bundle-options.mjs';
import { PROJECT_DIR, tempDir } from '../support/paths';

describe('the bundled core', () => {
  it('reads PDF, Word, HTML and text files, and Russian words with their dictionary, as the unbundled core does', async () => {
    const dir = await tempDir('bundle');
    const entry = path.join(dir, 'entry.ts');
    await writeFile(
      entry,
      `import { readFileSync } from 'node:fs';
       import { readArticle } from ${JSON.stringify(path.join(PROJECT_DIR, 'electron/core/library/article.ts'))};
       import { termsOfWord } from ${JSON.stringify(path.join(PROJECT_DIR, 'electron/core/search/engine/analysis.ts'))};
       (async () => {
         console.log(termsOfWord('лавровым', 'ru').join(' '));
         console.log(termsOfWord('bundesregierung', 'de').join(' '));
         for (const file of process.argv.slice(2)) {
           const outcome = await readArticle(readFileSync(file), file, 'x');
           console.log(outcome.ok ? outcome.article.id + ' ' + outcome.article.title : 'skipped: ' + outcome.reason);
         }
       })();`,
    );
    const outfile = path.join(dir, 'entry.cjs');
    await build({ ...(nodeBundle as object), entryPoints: [entry], outfile, sourcemap: false, logLevel: 'error' });
    await copyRussianDictionary(dir);
    await copyGermanNouns(dir);
    const fixtures = [
      'formats/cuba-belarus-agreements.pdf',
      'formats/cuba-belarus-agreements.docx',
      'formats/saved-embassy-page.html',
      'bad/scanned-no-text-layer.pdf',
    ];
    // run from a folder without node_modules, as the packaged app is
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [outfile, ...fixtures.map((file) => path.join(PROJECT_DIR, 'test/fixtures', file))],
      { cwd: dir },
    );
    const [russian, german, pdf, docx, html, scan] = stdout.trim().split('\n');
    // the Russian dictionary and the German nouns found beside the bundle: the surname's nominative, the compound's tail
    expect(russian!.split(' ')).toContain('лавров');
    expect(german!.split(' ')).toEqual(['bundesregier', 'regier']);
    expect(pdf).toMatch(/^[0-9a-f]{16} Cuba y Belarús firman acuerdos de cooperación agrícola$/);
    expect(docx).toBe(pdf);
    expect(html).toMatch(/ Belarus and Azerbaijan sign transport agreement$/);
    expect(scan).toBe(`skipped: ${PDF_REASONS.scanned}`);
  });
});
