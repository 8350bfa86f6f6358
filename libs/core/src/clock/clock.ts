import { IsoDate, parisDate } from './paris-date';

/** The only source of time for rules and services, so tests can set it. */
export abstract class Clock {
  abstract now(): Date;

  /** Today's date in Europe/Paris. */
  today(): IsoDate {
    return parisDate(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock tests move by hand; it stands still unless told otherwise. */
export class ManualClock extends Clock {
  private current: Date;

  constructor(start: Date | string = new Date()) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}
