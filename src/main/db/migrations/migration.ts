import type { WritableDB } from '../types';

export interface Migration {
  /** Becomes `PRAGMA user_version` once applied; migrations are numbered 1, 2, 3 ... */
  version: number;
  name: string;
  up(db: WritableDB): void;
}
