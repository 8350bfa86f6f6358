import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { validationProblem } from '../errors/common-problems';
import { isUuid } from '../identifiers/uuid';
import { badTextField } from './declared-fields';

export class PageQuery {
  @ApiPropertyOptional({ description: 'Curseur opaque renvoyé par la page précédente (`nextCursor`).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export interface Page<T> {
  items: T[];
  /** Null on the last page. */
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;

/** A cursor is the sort key of the last item seen, opaque to clients. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What each position of a cursor's key holds, checked before the database reads it: a forged cursor gets a 400 naming
 * it, not a database error. `text` may be null (a sort key without a value); `timestamp` is ISO or PostgreSQL's text
 * form; `offset` is a count of rows.
 */
export type CursorPart = 'text' | 'timestamp' | 'uuid' | 'offset';

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

function isTimestamp(value: unknown): boolean {
  const parts = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  // A string the database refuses (NUL, a lone surrogate) can be written in JSON.
  text: (v) => v === null || (typeof v === 'string' && !badTextField(v)),
  timestamp: isTimestamp,
  uuid: isUuid,
  offset: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
};

export function decodeCursor(cursor: string | undefined, parts: readonly CursorPart[]): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === parts.length && parts.every((part, i) => PART_CHECKS[part](key[i]))) {
      return key as (string | number | null)[];
    }
  } catch {
    // reported below
  }
  throw validationProblem([{ field: 'cursor', code: 'invalidCursor', message: 'Le curseur de pagination est invalide ; reprenez à la première page.' }]);
}

/** Fetch `limit + 1` rows, then call this to build the page and the next cursor. */
export function toPage<Row, Item>(rows: Row[], limit: number, cursorOf: (row: Row) => (string | number | null)[], map: (row: Row) => Item): Page<Item> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(map),
    nextCursor: hasMore ? encodeCursor(cursorOf(pageRows[pageRows.length - 1])) : null,
  };
}
