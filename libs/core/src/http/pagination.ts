import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { validationProblem } from '../errors/common-problems';
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

export function decodeCursor(cursor: string | undefined, arity: number): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    // A string the database refuses (NUL, a lone surrogate) can be written in JSON: a bad cursor, not a 500.
    if (Array.isArray(key) && key.length === arity && key.every((v) => v === null || typeof v === 'number' || (typeof v === 'string' && !badTextField(v)))) {
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
