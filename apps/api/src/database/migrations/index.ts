import { Foundation1795977534073 } from './1795977534073-Foundation';
import { Benefits1795978108548 } from './1795978108548-Benefits';
import { Stations1795978046315 } from './1795978046315-Stations';

/** In order of application; a new migration is generated, read, and added here. */
export const MIGRATIONS = [Foundation1795977534073, Stations1795978046315, Benefits1795978108548];
