/** What other contexts read of the referential. */

export interface RomeDomain {
  /** A to N. */
  letter: string;
  label: string;
}

export interface Appellation {
  /** The OGR code, e.g. « 16250 ». */
  code: string;
  label: string;
  romeCode: string;
  romeLabel: string;
  domainLetter: string;
}

export interface Rome {
  code: string;
  label: string;
  domain: RomeDomain;
  /** By label. */
  appellations: Array<{ code: string; label: string }>;
}
