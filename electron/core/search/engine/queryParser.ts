// The query language: plain words, +must, -exclude, field:word (title, source, author, place), word*
// (trailing wildcard), word~1 (fuzzy), "exact phrase". A query that cannot be read is a value with a
// message saying how to fix it, never an exception.
import { failure, type Result } from '../../../contract.js';

export const SEARCH_FIELDS = ['title', 'body', 'source', 'author', 'place'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type Presence = 'should' | 'must' | 'not';

export interface TermClause {
  kind: 'term';
  word: string;
  field?: SearchField;
  presence: Presence;
  /** Trailing wildcard: "belar*". */
  prefix: boolean;
  /** Edit distance for fuzzy matching: "havanna~1". */
  fuzzy: number;
}

export interface PhraseClause {
  kind: 'phrase';
  words: string[];
  field?: SearchField;
  presence: Presence;
}

export type Clause = TermClause | PhraseClause;
export type ParsedQuery = Result<{ clauses: Clause[] }>;

export const MAX_QUERY_LENGTH = 1000;
const MIN_PREFIX = 2;
const FIELD = new RegExp(`^(${SEARCH_FIELDS.join('|')}):(.*)$`, 'i');

export function parseQuery(query: string): ParsedQuery {
  if (query.length > MAX_QUERY_LENGTH) {
    return failure(
      'invalid',
      `The query is too long (${query.length.toLocaleString('en')} characters; at most ${MAX_QUERY_LENGTH.toLocaleString('en')}).`,
    );
  }
  const clauses: Clause[] = [];
  let at = 0;
  while (at < query.length) {
    if (/\s/.test(query[at]!)) {
      at++;
      continue;
    }
    let end = at;
    let inQuote = false;
    while (end < query.length && (inQuote || !/\s/.test(query[end]!))) {
      if (query[end] === '"') inQuote = !inQuote;
      end++;
    }
    if (inQuote) return failure('invalid', 'A quotation mark is not closed: add the closing " or remove the opening one.');
    const parsed = parseToken(query.slice(at, end));
    if (typeof parsed === 'string') return failure('invalid', parsed);
    if (parsed) clauses.push(parsed);
    at = end;
  }
  return { ok: true, clauses };
}

function parseToken(token: string): Clause | string | undefined {
  let rest = token;
  let presence: Presence = 'should';
  if (rest.startsWith('+') || rest.startsWith('-')) {
    presence = rest[0] === '+' ? 'must' : 'not';
    rest = rest.slice(1);
    if (!rest) return `“${token}” needs a word after it, e.g. ${token}Cuba.`;
  }
  let field: SearchField | undefined;
  const fieldMatch = FIELD.exec(rest);
  if (fieldMatch) {
    field = fieldMatch[1]!.toLowerCase() as SearchField;
    rest = fieldMatch[2]!;
    if (!rest) return `Nothing follows “${fieldMatch[1]}:”: add a word, e.g. ${fieldMatch[1]}:Cuba.`;
  }
  if (rest.startsWith('"')) {
    const words = rest.replace(/^"|"$/g, '').split(/\s+/).filter(Boolean);
    if (words.length === 0) return 'An empty phrase ("") finds nothing: put words between the quotation marks.';
    return words.length === 1 ? termClause(words[0]!, field, presence) : { kind: 'phrase', words, field, presence };
  }
  return termClause(rest, field, presence);
}

function termClause(text: string, field: SearchField | undefined, presence: Presence): TermClause | string | undefined {
  let word = text;
  let fuzzy = 0;
  const fuzzyMatch = /~(\d*)$/.exec(word);
  if (fuzzyMatch) {
    word = word.slice(0, fuzzyMatch.index);
    fuzzy = fuzzyMatch[1] ? Number(fuzzyMatch[1]) : 1;
    if (!word) return '“~” needs a word before it, e.g. Havana~1 (finds words one letter away).';
    if (fuzzy < 1 || fuzzy > 2) return `Fuzzy matching allows 1 or 2 letters of difference, not ${fuzzy} (e.g. Havana~1).`;
  }
  const prefix = word.endsWith('*');
  if (prefix) word = word.slice(0, -1);
  if (word.includes('*')) return `“${text}”: a wildcard may only end a word, e.g. Belar*.`;
  const letters = word.replace(/[^\p{L}\p{N}]/gu, '');
  if (prefix && letters.length < MIN_PREFIX) return `“${text}”: put at least ${MIN_PREFIX} letters before “*”, e.g. Belar*.`;
  if (prefix && fuzzy) return `“${text}”: a word can be a wildcard or fuzzy, not both.`;
  if (!letters) return undefined; // punctuation on its own, e.g. "–"
  return { kind: 'term', word, field, presence, prefix, fuzzy };
}
