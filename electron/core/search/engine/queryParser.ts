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

/**
 * A query with operators or parentheses, as a tree: `all` is AND, `not` NOT, `any` the words side by side
 * (or joined by OR) — the coverage-first OR of a plain query, its +word required and -word excluded.
 */
export type QueryNode =
  | { kind: 'clause'; clause: Clause }
  | { kind: 'all'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'any'; children: QueryNode[] };

/** `tree` only when the query uses AND, OR, NOT or parentheses; `clauses` are all its words and phrases. */
export type ParsedQuery = Result<{ clauses: Clause[]; tree?: QueryNode }>;

export const MAX_QUERY_LENGTH = 1000;
const MIN_PREFIX = 2;
const FIELD = new RegExp(`^(${SEARCH_FIELDS.join('|')}):(.*)$`, 'i');
const OPERATORS = new Set(['AND', 'OR', 'NOT']);
const EXAMPLES: Record<string, string> = { AND: 'Cuba AND Lavrov', OR: 'Cuba OR Venezuela', NOT: 'Cuba NOT Lavrov' };

export function parseQuery(query: string): ParsedQuery {
  if (query.length > MAX_QUERY_LENGTH) {
    return failure(
      'invalid',
      `The query is too long (${query.length.toLocaleString('en')} characters; at most ${MAX_QUERY_LENGTH.toLocaleString('en')}).`,
    );
  }
  const tokens = tokensOf(query);
  if (typeof tokens === 'string') return failure('invalid', tokens);
  const clauses: Clause[] = [];
  const parser = new TreeParser(tokens, clauses);
  const tree = parser.parse();
  if (typeof tree === 'string') return failure('invalid', tree);
  if (clauses.length === 0 && query.trim())
    return failure('invalid', `Nothing to search for in “${query.trim()}”: type a word or a phrase, e.g. Cuba or "strategic partnership".`);
  const structured = tokens.some((token) => token === '(' || OPERATORS.has(token));
  return structured && tree ? { ok: true, clauses, tree } : { ok: true, clauses };
}

/** The query cut into words, phrases (quotes keep their spaces), parentheses and operators. */
function tokensOf(query: string): string[] | string {
  const tokens: string[] = [];
  let at = 0;
  while (at < query.length) {
    const char = query[at]!;
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    if (char === '(' || char === ')') {
      tokens.push(char);
      at++;
      continue;
    }
    let end = at;
    let inQuote = false;
    while (end < query.length && (inQuote || !/[\s()]/.test(query[end]!))) {
      if (query[end] === '"') inQuote = !inQuote;
      end++;
    }
    if (inQuote) return 'A quotation mark is not closed: add the closing " or remove the opening one.';
    const token = query.slice(at, end);
    // "-(…)" leaves the group out, as NOT does
    if (token === '-' && query[end] === '(') tokens.push('NOT');
    else if (token === '+' && query[end] === '(')
      return '“+(”: a group cannot be required with +; join it with AND, e.g. Cuba AND (Lavrov OR Putin).';
    else tokens.push(token);
    at = end;
  }
  return tokens;
}

/** NOT binds tightest, then AND, then words side by side or joined by OR. */
class TreeParser {
  private at = 0;
  constructor(
    private readonly tokens: string[],
    private readonly clauses: Clause[],
  ) {}

  parse(): QueryNode | undefined | string {
    const node = this.any();
    if (typeof node === 'string') return node;
    if (this.at < this.tokens.length) return '“)” closes nothing: remove it, or add “(” where its group begins.';
    return node;
  }

  private any(): QueryNode | undefined | string {
    const children: QueryNode[] = [];
    while (this.at < this.tokens.length && this.tokens[this.at] !== ')') {
      if (this.tokens[this.at] === 'OR') {
        if (children.length === 0 || this.at + 1 >= this.tokens.length || [')', 'OR', 'AND'].includes(this.tokens[this.at + 1]!))
          return `“OR” needs words on both sides, e.g. ${EXAMPLES.OR}.`;
        this.at++;
        continue;
      }
      const node = this.all();
      if (typeof node === 'string') return node;
      if (node) children.push(node);
    }
    return children.length === 0 ? undefined : children.length === 1 ? children[0] : { kind: 'any', children };
  }

  private all(): QueryNode | undefined | string {
    if (this.tokens[this.at] === 'AND') return `“AND” needs words on both sides, e.g. ${EXAMPLES.AND}.`;
    const first = this.unary();
    if (typeof first === 'string') return first;
    const children = first ? [first] : [];
    while (this.tokens[this.at] === 'AND') {
      this.at++;
      const next = this.at < this.tokens.length && ![')', 'OR', 'AND'].includes(this.tokens[this.at]!) ? this.unary() : undefined;
      if (typeof next === 'string') return next;
      if (!next || children.length === 0) return `“AND” needs words on both sides, e.g. ${EXAMPLES.AND}.`;
      children.push(next);
    }
    return children.length <= 1 ? children[0] : { kind: 'all', children };
  }

  private unary(): QueryNode | undefined | string {
    const token = this.tokens[this.at++]!;
    if (token === 'NOT') {
      if (this.at >= this.tokens.length || [')', 'OR', 'AND'].includes(this.tokens[this.at]!))
        return `“NOT” needs a word after it, e.g. ${EXAMPLES.NOT}.`;
      const child = this.unary();
      if (typeof child === 'string') return child;
      return child ? { kind: 'not', child } : undefined;
    }
    if (token === '(') {
      const inner = this.any();
      if (typeof inner === 'string') return inner;
      if (this.tokens[this.at] !== ')') return 'A parenthesis is not closed: add “)” where the group ends, or remove “(”.';
      this.at++;
      if (!inner) return 'Empty parentheses find nothing: put words between them, e.g. (Cuba OR Venezuela).';
      return inner;
    }
    if (token === ')') return '“)” closes nothing: remove it, or add “(” where its group begins.';
    const parsed = parseToken(token);
    if (typeof parsed === 'string') return parsed;
    if (!parsed) return undefined;
    this.clauses.push(parsed);
    return { kind: 'clause', clause: parsed };
  }
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
