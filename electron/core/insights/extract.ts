// One article's insights, read at import beside its metadata and stored with it: entities first (quotes
// and events name them), then quotes, figures and dated events.
import { INSIGHTS_VERSION, type ArticleInsights } from '../../contract.js';
import { entitiesOf, mentionsIn, type Mention } from './entities.js';
import { figuresIn } from './figures.js';
import { quotesIn } from './quotes.js';
import { sentencesOf } from './sentences.js';
import { eventsIn } from './timeline.js';

export interface Readable {
  body: string;
  language: string | null;
  date: string | null;
}

export function extractInsights(article: Readable): ArticleInsights {
  const { body, language } = article;
  const sentences = sentencesOf(body);
  const mentions = mentionsIn(sentences, body, language);
  const entities = entitiesOf(mentions);
  // a mention's entity by where it stands, so that "Lukashenko" is shown as the article's fullest "Aleksandr Lukashenko"
  const entityAt = new Map<number, string>();
  for (const entity of entities) for (const mention of entity.mentions) entityAt.set(mention.start, entity.name);
  const nameOf = (mention: Mention): string => entityAt.get(mention.start) ?? mention.words.join(' ');
  return {
    version: INSIGHTS_VERSION,
    quotes: quotesIn(body, sentences, mentions, nameOf),
    figures: figuresIn(sentences, language),
    events: eventsIn(sentences, mentions, nameOf, language, article.date),
    entities,
  };
}
