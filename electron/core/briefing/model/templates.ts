// Briefing templates: the sections a kind of brief usually has, to rename, add to or remove from.
// The press digest is built from articles (the current search's first results): one section per
// country, the country with most articles first, newest first within each. Applying either keeps every
// item the briefing had (mergeSections).
import type { Article, Briefing } from '../../../contract.js';
import { itemFromArticle } from './briefingText.js';
import { mergeSections } from './edits.js';

export const TEMPLATES = {
  meeting: { label: 'Meeting brief', sections: ['Purpose', 'Scenario and participants', 'Key points', 'Background', 'Talking points'] },
  country: {
    label: 'Country brief',
    sections: ['Summary', 'Political situation', 'Economy and trade', 'Bilateral relations', 'Recent contacts'],
  },
  digest: { label: 'Press digest (from the current search)', sections: [] },
} as const;
export type TemplateName = keyof typeof TEMPLATES;

/** How many of the search's first results a press digest takes. */
export const DIGEST_ARTICLES = 30;

/** The briefing with a template's sections (meeting or country brief), its items kept. */
export function withTemplate(name: Exclude<TemplateName, 'digest'>, current: Briefing): Briefing {
  const template = TEMPLATES[name];
  return {
    ...current,
    title: current.title === 'Untitled briefing' ? template.label : current.title,
    sections: mergeSections(
      template.sections.map((heading) => ({ heading, items: [] })),
      current.sections,
    ),
  };
}

/** The briefing as a press digest of these articles, titled after the search that found them; its items kept. */
export function pressDigestOf(current: Briefing, articles: Article[], query: string): Briefing {
  const byCountry = new Map<string, Article[]>();
  for (const article of articles) {
    const country = article.countries[0] ?? 'Other';
    byCountry.set(country, [...(byCountry.get(country) ?? []), article]);
  }
  const newestFirst = (a: Article, b: Article): number => (b.date ?? '').localeCompare(a.date ?? '');
  const sections = [...byCountry.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([country, list]) => ({ heading: country, items: [...list].sort(newestFirst).map((article) => itemFromArticle(article)) }));
  return { ...current, title: `Press digest: ${query || 'library'}`, sections: mergeSections(sections, current.sections) };
}
