import type { Reply } from './http.js';

interface Entry {
  bodyHash: string;
  reply: Reply;
}

export const IDEMPOTENCY_CAPACITY = 10_000;

/**
 * First answers by `Idempotency-Key`, scoped per token, method and path. Bounded: the oldest keys go first,
 * as a real server would expire them, so a long-running demo server does not grow without end.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = IDEMPOTENCY_CAPACITY) {}

  /** The first reply, `'mismatch'` when the key came with another body, or undefined when it is new. */
  lookup(scope: string, bodyHash: string): Reply | 'mismatch' | undefined {
    const entry = this.entries.get(scope);
    if (!entry) return undefined;
    return entry.bodyHash === bodyHash ? entry.reply : 'mismatch';
  }

  remember(scope: string, bodyHash: string, reply: Reply): void {
    this.entries.set(scope, { bodyHash, reply });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Only answers from requests that ran are kept: not validation failures, which a fixed body may retry. */
export const isRememberable = (status: number): boolean =>
  status < 500 && status !== 400 && status !== 401 && status !== 403 && status !== 413 && status !== 429;
