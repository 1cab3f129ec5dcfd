// The engagement currently open in this process. One at a time: switching closes the previous.
import { AppError } from '../../shared/result';
import type { WritableDB } from '../db/types';

export interface OpenEngagement {
  file: string;
  db: WritableDB;
}

export class Session {
  private current: OpenEngagement | null = null;

  get open(): OpenEngagement | null {
    return this.current;
  }

  /** The open engagement, or a `not-open` error the renderer can act on. */
  require(): OpenEngagement {
    if (!this.current) throw new AppError('not-open', 'No engagement is open. Open or create one first.');
    return this.current;
  }

  replace(next: OpenEngagement | null): void {
    if (this.current && this.current.db !== next?.db) this.current.db.close();
    this.current = next;
  }

  close(): void {
    this.replace(null);
  }
}
