import { Foundation1795977534073 } from './1795977534073-Foundation';

/** In order of application; a new migration is generated, read, and added here. */
export const MIGRATIONS = [Foundation1795977534073];
