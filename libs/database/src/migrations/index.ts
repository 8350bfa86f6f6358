import { Foundation1763900000000 } from './1763900000000-foundation';

/** Every migration, in order. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [Foundation1763900000000];
