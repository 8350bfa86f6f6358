import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** A DTO class. */
type Target = abstract new (...args: never[]) => unknown;
type Lookup = (target: Target, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => ValidationMetadata[];
type Grouping = (metadata: ValidationMetadata[]) => Record<string, ValidationMetadata[]>;

const MEMOIZED = Symbol.for('iae.validationMetadataMemoized');

/**
 * class-validator finds a DTO's rules at every validation by testing every decorated class of the application as a
 * possible parent (`instanceof`), then groups them by property: a tenth of the API's time on a page of the inbox
 * (docs/benchmarks.md). A class's rules are all declared when the class is, so the answer is kept per class and options,
 * and every kept answer is dropped as soon as a rule is added anywhere (a class defined later, a test's own DTO).
 * The kept arrays are only read by the validator (it filters them, never changes them).
 */
export function memoizeValidationMetadata(): void {
  const storage = getMetadataStorage() as unknown as {
    [MEMOIZED]?: true;
    addValidationMetadata(metadata: ValidationMetadata): void;
    getTargetValidationMetadatas: Lookup;
    groupByPropertyName: Grouping;
  };
  if (storage[MEMOIZED]) return;
  storage[MEMOIZED] = true;

  let lookups = new Map<Target, Map<string, ValidationMetadata[]>>();
  let groupings = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();

  const add = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (metadata) => {
    lookups = new Map();
    groupings = new WeakMap();
    add(metadata);
  };

  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = JSON.stringify([schema ?? '', !!always, !!strictGroups, groups ?? []]);
    let byOptions = lookups.get(target);
    if (!byOptions) lookups.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };

  const group = storage.groupByPropertyName.bind(storage);
  storage.groupByPropertyName = (metadata) => {
    let grouped = groupings.get(metadata);
    if (!grouped) groupings.set(metadata, (grouped = group(metadata)));
    return grouped;
  };
}
