import { Injectable } from '@nestjs/common';
import { MetiersRepository } from './metiers.repository';
import { searchTokens } from './rules/normalize';
import { isOgrCode, isRomeCode, romeCodePrefix } from './rules/rome-codes';
import { Appellation, Rome, RomeDomain } from './types';

export const AUTOCOMPLETE_MAX_LIMIT = 50;

/** The ROME referential, read-only: other contexts validate and label their job descriptions with it. */
@Injectable()
export class MetiersService {
  constructor(private readonly repository: MetiersRepository) {}

  /**
   * Appellations for what someone is typing: accents, case and punctuation ignored, words
   * matched by their beginning, typos tolerated; a ROME code (or its start) lists its appellations.
   */
  async autocomplete(query: string, limit = 10): Promise<Appellation[]> {
    const size = Math.min(Math.max(Math.trunc(limit) || 1, 1), AUTOCOMPLETE_MAX_LIMIT);
    const codePrefix = romeCodePrefix(query);
    if (codePrefix) return this.repository.appellationsOfRomes(codePrefix, size);
    const tokens = searchTokens(query);
    return tokens.length ? this.repository.searchAppellations(tokens, size) : [];
  }

  /** Null when the code is unknown. */
  async getAppellation(code: string): Promise<Appellation | null> {
    const [appellation] = await this.getAppellations([code]);
    return appellation ?? null;
  }

  /** The known ones among these codes, in the order asked; unknown codes are left out. */
  async getAppellations(codes: readonly string[]): Promise<Appellation[]> {
    const wanted = [...new Set(codes.filter(isOgrCode))];
    if (!wanted.length) return [];
    const found = new Map((await this.repository.findAppellations(wanted)).map((a) => [a.code, a]));
    return wanted.flatMap((code) => found.get(code) ?? []);
  }

  /** The métier with its appellations; null when the code is unknown or malformed. */
  async getRome(code: string): Promise<Rome | null> {
    return isRomeCode(code) ? this.repository.findRome(code) : null;
  }

  async listDomains(): Promise<RomeDomain[]> {
    return this.repository.listDomains();
  }
}
