import { Foundation1763900000000 } from './1763900000000-foundation';
import { Territory1763900000100 } from './1763900000100-territory';
import { Metiers1763900000200 } from './1763900000200-metiers';

/** Every migration, in order. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [Foundation1763900000000, Territory1763900000100, Metiers1763900000200];
