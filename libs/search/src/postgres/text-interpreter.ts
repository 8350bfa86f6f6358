import { DataSource } from 'typeorm';
import { MIN_CORRECTED_LENGTH } from '../rules/query-text';
import { synonymsOf } from '../rules/synonyms';
import { TextTerm } from '../rules/text-terms';

/** A mistyped word is read as the vocabulary's closest words: at least this alike (trigram similarity)… */
const MIN_LIKENESS_SHORT = 0.3;
const MIN_LIKENESS = 0.4;
/** …and, beyond the closest, only those nearly as close. */
const NEAR_BEST = 0.05;
const MAX_CORRECTIONS = 2;

interface Row {
  word: string;
  lexemes: string[];
  known: boolean;
  corrections: Array<{ word: string; likeness: number; lexemes: string[] }> | null;
}

/** How long a word's reading is kept: the vocabulary only grows, and slowly. */
const REMEMBER_MS = 60_000;
const REMEMBER_WORDS = 5_000;

type Reading = Omit<TextTerm, 'prefix' | 'synonyms'>;

/**
 * Turns typed words into the engine's terms: French stems, and for a word the index has never seen
 * (a typo), the closest words of its vocabulary. One round trip for the words not read in the last
 * minute; people type the same few thousand words, so most are.
 */
export class TextInterpreter {
  private readonly readings = new Map<string, { reading: Reading; at: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async interpret(words: string[]): Promise<TextTerm[]> {
    if (!words.length) return [];
    const now = Date.now();
    const wanted = [...new Set(words.flatMap((word) => [word, ...synonymsOf(word)]))];
    const missing = wanted.filter((word) => (this.readings.get(word)?.at ?? 0) < now - REMEMBER_MS);
    if (missing.length) {
      for (const reading of await read(this.dataSource, missing)) {
        // Oldest first out: Map keeps insertion order.
        this.readings.delete(reading.word);
        this.readings.set(reading.word, { reading, at: now });
      }
      while (this.readings.size > REMEMBER_WORDS) this.readings.delete(this.readings.keys().next().value as string);
    }
    const reading = (word: string): Reading => this.readings.get(word)?.reading ?? { word, lexemes: [], corrections: [] };
    return words.map((word, index) => ({
      ...reading(word),
      synonyms: synonymsOf(word).map((synonym) => ({ word: synonym, lexemes: reading(synonym).lexemes })),
      // The last word may still be being typed.
      prefix: index === words.length - 1 && word.length >= 3,
    }));
  }
}

async function read(dataSource: DataSource, words: string[]): Promise<Reading[]> {
  const rows: Row[] = await dataSource.query(
    `SELECT t.word,
            tsvector_to_array(to_tsvector('public.french_unaccent', t.word)) AS lexemes,
            k.known,
            CASE WHEN NOT k.known AND length(t.word) >= $2 THEN (
              SELECT json_agg(json_build_object('word', c.word, 'likeness', c.likeness,
                                                'lexemes', tsvector_to_array(to_tsvector('public.french_unaccent', c.word))) ORDER BY c.likeness DESC, c.word)
                FROM (SELECT w.word, similarity(w.word, t.word) AS likeness
                        FROM search_words w
                       WHERE w.word % t.word AND similarity(w.word, t.word) >= CASE WHEN length(t.word) <= 5 THEN $3::real ELSE $4::real END
                       ORDER BY similarity(w.word, t.word) DESC, w.word
                       LIMIT $5) c)
            END AS corrections
       FROM unnest($1::text[]) AS t(word)
       CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_words w WHERE w.word = t.word) AS known) k`,
    [words, MIN_CORRECTED_LENGTH, MIN_LIKENESS_SHORT, MIN_LIKENESS, MAX_CORRECTIONS],
  );
  return rows.map((row) => {
    const best = row.corrections?.[0]?.likeness ?? 0;
    return {
      word: row.word,
      lexemes: row.lexemes,
      corrections: (row.corrections ?? []).filter((c) => c.likeness >= best - NEAR_BEST).map(({ word, lexemes }) => ({ word, lexemes })),
    };
  });
}
