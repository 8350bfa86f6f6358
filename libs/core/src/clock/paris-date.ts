/**
 * Calendar dates (`YYYY-MM-DD`) as the law counts them: in Europe/Paris,
 * whatever the server's time zone.
 */
export type IsoDate = string;

const PARIS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Made once: a formatter costs tens of microseconds to build, an eligibility answer wrote two per reason.
const FRENCH_LONG_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const FRENCH_SHORT_DATE = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' });

/** A calendar date as a French sentence writes it: « 6 décembre 2026 ». */
export function frenchDate(date: IsoDate): string {
  return FRENCH_LONG_DATE.format(new Date(`${date}T00:00:00Z`));
}

/** The day of an instant in Paris, as a French table writes it: « 06/12/2026 ». */
export function frenchShortDate(instant: Date): string {
  return FRENCH_SHORT_DATE.format(instant);
}

/** A calendar date as a French table writes it: « 2026-12-06 » → « 06/12/2026 ». */
export function frenchShortCalendarDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * The last minute read. Paris's offsets are whole hours since 11 March 1911 (Paris Mean Time before, 9 min 21 s ahead
 * of UTC), so its days begin on a UTC minute: every instant of a minute has the same date. Formatting took a
 * microsecond or two per request (the clock's `today`).
 */
let lastMinute = { minute: Number.NaN, date: '' };
const WHOLE_HOUR_OFFSETS_FROM = Date.UTC(1911, 2, 11);

export function parisDate(instant: Date): IsoDate {
  const time = instant.getTime();
  if (!(time >= WHOLE_HOUR_OFFSETS_FROM)) return PARIS_DATE.format(instant);
  const minute = Math.floor(time / 60_000);
  if (minute !== lastMinute.minute) lastMinute = { minute, date: PARIS_DATE.format(instant) };
  return lastMinute.date;
}

/**
 * The years a date given to the platform can fall in: no one was born before 1900, and no decision runs to 3000.
 * Outside them a date is a typo. Dates computed from them (a year before, a day after) stay four-digit years, which
 * the arithmetic below handles; JavaScript would write the year 10000 as +010000.
 */
export const CALENDAR_YEARS = { first: 1900, last: 2999 } as const;

/** A date given to the platform: a day that exists, within `CALENDAR_YEARS`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !isCalendarDay(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last;
}

/** Any day of a four-digit year, as the computations may reach one (read as ISO: the year 99 stays 99). */
function isCalendarDay(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function toUtc(date: IsoDate): Date {
  if (!isCalendarDay(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return utc.toISOString().slice(0, 10);
}

/** Adds calendar months; the 31st of a shorter month falls back to its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const utc = toUtc(date);
  const day = utc.getUTCDate();
  utc.setUTCDate(1);
  utc.setUTCMonth(utc.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(utc.getUTCFullYear(), utc.getUTCMonth() + 1, 0)).getUTCDate();
  utc.setUTCDate(Math.min(day, lastDay));
  return utc.toISOString().slice(0, 10);
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Full years of age on `on` for someone born on `birthDate` (a birthday counts on its day). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const PARIS_OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'shortOffset' });

/** The instant a Paris calendar day begins (changes of time happen at 2 or 3 a.m., never at midnight). */
export function parisMidnight(date: IsoDate): Date {
  const utcMidnight = toUtc(date);
  const offset = PARIS_OFFSET.formatToParts(utcMidnight).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(offset);
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
  return new Date(utcMidnight.getTime() - minutes * 60_000);
}
