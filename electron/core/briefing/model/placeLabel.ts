// How the reader and the command line show a dateline's place.
import type { ArticleMeta } from '../../../contract.js';

/** The dateline's place for a reader: "Минск (Minsk)", or as written when that is already its English name. */
export function placeLabel({ place, placeInEnglish }: Pick<ArticleMeta, 'place' | 'placeInEnglish'>): string | null {
  if (!place) return null;
  return placeInEnglish && placeInEnglish.toLowerCase() !== place.toLowerCase() ? `${place} (${placeInEnglish})` : place;
}
