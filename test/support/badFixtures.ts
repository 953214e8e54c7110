// TEST-ONLY: what the import says of each file of test/fixtures/bad (the same words in the core's report
// and in the window's), keyed by file name.
import { DOCX_REASONS } from '../../electron/core/library/formats';
import { PDF_REASONS } from '../../electron/core/library/pdf';

export const BAD_FIXTURE_REASONS = {
  'binary-renamed.txt': 'binary file, not text',
  'empty.txt': 'empty file',
  'invalid-utf8.txt': 'invalid UTF-8 byte sequence at byte 59 (damaged file?)',
  'not-a-word-file.docx': DOCX_REASONS.notZip,
  'scanned-no-text-layer.pdf': PDF_REASONS.scanned,
  'tags-only.html': 'no article text found in the page',
  'truncated.pdf': PDF_REASONS.damaged,
  'unsupported.rtf': 'unsupported file type (.rtf)',
};
