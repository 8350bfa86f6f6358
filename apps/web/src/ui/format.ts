/** Dates and numbers as French readers expect them. */

/**
 * Each formatter made on its first use: building one loads the locale's (and the time zone's) data, tens of
 * milliseconds on a modest laptop, which at the module's top level would lengthen the first task of every page.
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const dateFormat = once(() => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }));
const dateTimeFormat = once(
  () =>
    new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Paris',
    }),
);
const numberFormat = once(() => new Intl.NumberFormat('fr-FR'));
const distanceFormat = once(() => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }));

/** `2026-03-05` (a day) or an ISO instant → « 5 mars 2026 »; the first of a month is « 1er mars 2026 ». */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return withOrdinalFirst(dateFormat(), day);
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? withOrdinalFirst(dateTimeFormat(), new Date(value)) : '—';
}

/** French writes the first day of a month as an ordinal (« 1er décembre »), which Intl does not. */
function withOrdinalFirst(format: Intl.DateTimeFormat, date: Date): string {
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

export function formatDistance(km: number): string {
  return km < 1 ? 'moins de 1 km' : `${distanceFormat().format(km)} km`;
}

export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count > 1 ? many : one}`;
}

/** Said beside its field, the API's message need not name the field by its name in the API (« openPositions »). */
export function atField(message: string): string {
  return message.replace(/^Le (champ|paramètre) « [^»]+ » /u, 'Ce champ ');
}

// The same French as the e-mails (a pure module of the API's core, bundled here as it is).
export { ofName, toName } from '../../../../libs/core/src/text/french-names';
