import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Appellation, Rome, RomeDomain } from './types';

const APPELLATION_COLUMNS = `a.code, a.label, a.rome_code AS "romeCode", r.label AS "romeLabel", r.domain_letter AS "domainLetter"`;

/** Shorter words are too short to tell a typo from another word. */
const MIN_MISTYPED_LENGTH = 4;
/** How alike (trigram similarity) a label's word must be to stand in for a mistyped one, and how many may. */
const MIN_LIKENESS = 0.4;
const CORRECTIONS_PER_WORD = 3;

@Injectable()
export class MetiersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appellations for normalised query words. A word counts where it starts a word of the label,
   * weighted by its rarity, so « verts » outweighs « agent » in « agent entretien espaces verts ».
   * A word that starts no word of any label is a typo: the closest words of the labels
   * (trigram similarity) stand in for it, counting as much as they resemble it.
   */
  async searchAppellations(tokens: string[], limit: number): Promise<Appellation[]> {
    const [stats] = await this.dataSource.query(
      `SELECT (SELECT CASE WHEN reltuples > 0 THEN reltuples ELSE (SELECT count(*) FROM appellations) END FROM pg_class WHERE oid = 'appellations'::regclass) AS total,
              ARRAY[${tokens.map((_, i) => `(SELECT coalesce(sum(labels), 0) FROM appellation_words WHERE word LIKE $${i + 1})`).join(', ')}]::int[] AS found`,
      tokens.map((token) => `${token}%`),
    );
    const total = Math.max(Number(stats.total), 1);
    const alternatives: Array<{ words: Array<{ word: string; likeness: number }>; found: number }> = tokens.map((token, i) => ({
      words: stats.found[i] > 0 ? [{ word: token, likeness: 1 }] : [],
      found: stats.found[i],
    }));

    const mistyped = tokens.filter((token, i) => stats.found[i] === 0 && token.length >= MIN_MISTYPED_LENGTH);
    if (mistyped.length) {
      const corrections: Array<{ token: string; word: string; likeness: number; labels: number }> = await this.dataSource.query(
        `SELECT t.token, w.word, similarity(w.word, t.token) AS likeness, w.labels
         FROM unnest($1::text[]) AS t(token)
         CROSS JOIN LATERAL (
           SELECT word, labels FROM appellation_words
           WHERE word % t.token AND similarity(word, t.token) >= $2
           ORDER BY similarity(word, t.token) DESC, word
           LIMIT ${CORRECTIONS_PER_WORD}
         ) w`,
        [mistyped, MIN_LIKENESS],
      );
      for (const correction of corrections) {
        const slot = alternatives[tokens.indexOf(correction.token)];
        slot.words.push({ word: correction.word, likeness: Number(correction.likeness) });
        slot.found += correction.labels;
      }
    }

    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions: string[] = [];
    const scores: string[] = [];
    for (const { words, found } of alternatives.filter((slot) => slot.words.length)) {
      const weight = Math.log(1 + total / (1 + found));
      const cases = words.map(({ word, likeness }) => {
        const condition = `(a.normalized_label LIKE ${param(`${word}%`)} OR a.normalized_label LIKE ${param(`% ${word}%`)})`;
        conditions.push(condition);
        return `CASE WHEN ${condition} THEN ${param(weight * likeness)}::float8 ELSE 0 END`;
      });
      scores.push(cases.length > 1 ? `greatest(${cases.join(', ')})` : cases[0]);
    }
    if (!conditions.length) return [];

    return this.dataSource.query(
      `SELECT ${APPELLATION_COLUMNS}
       FROM appellations a JOIN romes r ON r.code = a.rome_code
       WHERE ${conditions.join(' OR ')}
       ORDER BY ${scores.join(' + ')} DESC, a.normalized_label LIKE ${param(`${tokens[0]}%`)} DESC, length(a.label), a.label
       LIMIT ${param(limit)}`,
      params,
    );
  }

  /** Appellations of the métiers whose code starts so (« K2204 », « K22 »), by code then label. */
  async appellationsOfRomes(codePrefix: string, limit: number): Promise<Appellation[]> {
    return this.dataSource.query(
      `SELECT ${APPELLATION_COLUMNS}
       FROM appellations a JOIN romes r ON r.code = a.rome_code
       WHERE a.rome_code LIKE $1
       ORDER BY a.rome_code, a.label
       LIMIT $2`,
      [`${codePrefix}%`, limit],
    );
  }

  async findAppellations(codes: string[]): Promise<Appellation[]> {
    return this.dataSource.query(
      `SELECT ${APPELLATION_COLUMNS}
       FROM appellations a JOIN romes r ON r.code = a.rome_code
       WHERE a.code = ANY($1::text[])`,
      [codes],
    );
  }

  async findRome(code: string): Promise<Rome | null> {
    const [rome] = await this.dataSource.query(
      `SELECT r.code, r.label,
              json_build_object('letter', d.letter, 'label', d.label) AS domain,
              coalesce((SELECT json_agg(json_build_object('code', a.code, 'label', a.label) ORDER BY a.label)
                        FROM appellations a WHERE a.rome_code = r.code), '[]') AS appellations
       FROM romes r JOIN rome_domains d ON d.letter = r.domain_letter
       WHERE r.code = $1`,
      [code],
    );
    return rome ?? null;
  }

  async listDomains(): Promise<RomeDomain[]> {
    return this.dataSource.query(`SELECT letter, label FROM rome_domains ORDER BY letter`);
  }
}
