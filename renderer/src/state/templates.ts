// Briefing templates: the sections a kind of brief usually has, to rename, add to or remove from.
// The press digest is built from the current search: one section per country, newest first.
import type { Article, Briefing } from '../../../electron/contract';
import { itemFromArticle } from '../../../electron/shared/briefingText';
import { api } from '../api';
import { useSearch } from './search';

export const TEMPLATES = {
  meeting: { label: 'Meeting brief', sections: ['Purpose', 'Scenario and participants', 'Key points', 'Background', 'Talking points'] },
  country: {
    label: 'Country brief',
    sections: ['Summary', 'Political situation', 'Economy and trade', 'Bilateral relations', 'Recent contacts'],
  },
  digest: { label: 'Press digest (from the current search)', sections: [] },
} as const;
export type TemplateName = keyof typeof TEMPLATES;

const DIGEST_ARTICLES = 30;

export async function fromTemplate(name: TemplateName, current: Briefing): Promise<Briefing> {
  if (name !== 'digest') {
    const template = TEMPLATES[name];
    return {
      ...current,
      title: current.title === 'Untitled briefing' ? template.label : current.title,
      sections: template.sections.map((heading) => ({ heading, items: [] })),
    };
  }
  const hits = useSearch.getState().pages[0]?.slice(0, DIGEST_ARTICLES) ?? [];
  const articles = (await Promise.all(hits.map((hit) => api.getArticle(hit.id)))).filter((article): article is Article => article !== null);
  const byCountry = new Map<string, Article[]>();
  for (const article of articles) {
    const country = article.countries[0] ?? 'Other';
    byCountry.set(country, [...(byCountry.get(country) ?? []), article]);
  }
  const newestFirst = (a: Article, b: Article): number => (b.date ?? '').localeCompare(a.date ?? '');
  const sections = [...byCountry.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([country, list]) => ({ heading: country, items: [...list].sort(newestFirst).map((article) => itemFromArticle(article)) }));
  return {
    ...current,
    title: `Press digest: ${useSearch.getState().query || 'library'}`,
    sections: sections.length ? sections : [{ heading: 'Articles', items: [] }],
  };
}
