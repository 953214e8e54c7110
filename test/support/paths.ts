import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS_DIR = path.join(PROJECT_DIR, 'seeds');
export const SHARED_DIR = path.resolve(PROJECT_DIR, '..', 'shared');
export const CORPORA_DIR = path.join(SHARED_DIR, 'corpora');
export const DOCX_CHECK = path.join(SHARED_DIR, 'tools', 'docx-check');

export function tempDir(label: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `attache-${label}-`));
}
