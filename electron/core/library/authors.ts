// An author as a page or a byline gives it, made a name: the "By" label gone, what a page glued to the
// name cut off ("Joe DavidsonWashington PostDec 13, 2016", "Gina TrapaniCEO"), and what is not a name at
// all (an address, a picture credit, a date stamp, a bare "By") refused. Rules of our own.

const LABEL = /^(?:written\s+)?(?:by|autor(?:a)?|auteur|автор|przez)(?:\s*:\s*|\s+)/iu;
/** "Von", "Par", "Da" are labels before a name of two words or more, not a particle of it ("Da Silva", "Von der Leyen"). */
const PARTICLE_LABEL = /^(?:[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]a|[Dd]oor)\s+(?=\p{Lu}\p{Ll}*\s+\p{Lu})/u;
/** "ByTravis Haney": the label glued to the name (case matters here: "Daniel" is not "Da niel"). */
const GLUED_LABEL = /^(?:By|Von|Par|Por)(?=\p{Lu}\p{Ll})/u;
/** Where a byline's name ends: a stamp, a date, a time, a year, a handle or address, "in <section>". */
const AFTER_NAME =
  /\b(?:published|updated|posted|veröffentlicht|publié|publicado|опубликовано)\b|\s\d{1,2}:\d{2}|\s\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\s(?:19|20)\d{2}|\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}|\s(?:on|am|le|el)\s+\d|\sin\s+\p{Lu}|@\w|\s\d|(?<=\p{Ll})\d/iu;
/** A byline's parts: "18/03/2019 | André Mindermann", "Politik · Jochen Bittner". */
const PARTS = /\s+[|•·–—]\s+|\s*\|\s*/u;
/** What is not somebody's name: a picture credit, a widget, an address, a date. */
const NOT_A_NAME =
  /^(?:by|last|see gallery|enlarge image|getty images?|most popular|share|advertisement|photo|image|found this helpful|chapter text)$|^credit\b|https?:\/\/|www\.|\d|:$/iu;

const CALENDAR_WORD =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?$/iu;
/** A lower-case run of four letters or more straight into a capital: two words glued ("DavidsonWashington"), not "McDonald". */
const GLUED = /(\p{Lu}\p{Ll}{3,})(?=\p{Lu})/u;
/** Names that are written glued: FitzGerald, MacArthur, McDonald. */
const GLUED_NAME = /^(?:Fitz|Mac|Mc|Van|Von|De|Di|Da|La|Le|Du)$/u;
/** An author's page for a name: https://observer.com/author/sage-lazzaro → "Sage Lazzaro". */
const AUTHOR_PAGE = /^https?:\/\/\S+\/(?:author|authors|editors?|people|profile|autor|auteur)\/([\p{L}\d-]+?)\/?$/iu;

export function authorName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const page = AUTHOR_PAGE.exec(raw.trim());
  if (page)
    return (
      page[1]!
        .split('-')
        .filter((word) => /\p{L}/u.test(word))
        .map((word) => word[0]!.toUpperCase() + word.slice(1))
        .join(' ') || null
    );
  // "Bradley M. Kuhn (http://ebb.org/bkuhn/)": the address goes, the name stays
  let whole = raw
    .replace(/\(?\s*https?:\/\/\S+?\s*\)|\s+https?:\/\/\S+$/giu, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "Wednesday January 18, 2017 10:44 am PST by Juli Clover": the stamp first, the name after "by"
  const by = /\sby\s+(?=\p{Lu})/u.exec(whole);
  if (by && /\d/.test(whole.slice(0, by.index))) whole = whole.slice(by.index + by[0].length);
  for (const part of whole.split(PARTS)) {
    const name = nameIn(part);
    if (name) return name;
  }
  return null;
}

function nameIn(part: string): string | null {
  let name = part.replace(LABEL, '').replace(PARTICLE_LABEL, '').replace(GLUED_LABEL, '').trim();
  const after = AFTER_NAME.exec(name);
  if (after && after.index > 0) {
    name = name.slice(0, after.index);
    // what is left before a stamp may be the stamp's own month or weekday ("Dec" of "Dec 1st 2016")
    if (CALENDAR_WORD.test(name.trim())) return null;
    // "Lauren Jarvis-Gibson, December 16th 2016": the month before the cut day goes too
    const words = name.trim().split(/\s+/);
    if (words.length > 1 && CALENDAR_WORD.test(words.at(-1)!)) name = words.slice(0, -1).join(' ');
  }
  const glued = GLUED.exec(name);
  if (glued && !GLUED_NAME.test(glued[1]!)) name = name.slice(0, glued.index + glued[1]!.length);
  name = name
    .replace(/(?:\.{3}|…)$/u, '')
    .replace(/[\s,;|·–—-]+$/u, '')
    .trim();
  if (name.length < 3 || name.length > 200 || !/\p{L}/u.test(name) || NOT_A_NAME.test(name)) return null;
  return name;
}
