import { randomUUID } from 'node:crypto';

/** How long an announcement waits for the processes Redis passed it to before answering anyway. */
export const RECEIPT_WAIT_MS = 2_000;

export type ReceiptOutcome = { expected: number; received: number };

/**
 * Announcements that must have taken effect before the write that made them answers (a logout, a change of
 * user). Redis's PUBLISH says how many subscribers it sent a message to, not that they have read it: under load a
 * client's next request could reach another process before that process reads its subscription. So each receiver
 * confirms (data-change-relay.ts), and the announcement resolves once every one of them has, or after
 * RECEIPT_WAIT_MS (a stalled or older peer), saying how many did.
 */
export class AnnouncementReceipts {
  private readonly waiting = new Map<string, { received: number; expected: number; settle: () => void }>();

  constructor(private readonly waitMs = RECEIPT_WAIT_MS) {}

  /**
   * Runs `publish` with a new announcement id, which returns how many subscribers Redis sent it to; resolves once
   * that many receipts for the id arrived. Receipts may arrive before `publish` resolves.
   */
  async publishAndAwait(publish: (id: string) => Promise<number>): Promise<ReceiptOutcome> {
    const id = randomUUID();
    let settle = (): void => undefined;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const entry = { received: 0, expected: Number.POSITIVE_INFINITY, settle };
    this.waiting.set(id, entry);
    let timer: NodeJS.Timeout | undefined;
    try {
      entry.expected = await publish(id);
      if (entry.received >= entry.expected) return { expected: entry.expected, received: entry.received };
      const timedOut = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.waitMs)));
      await Promise.race([settled, timedOut]);
      return { expected: entry.expected, received: entry.received };
    } finally {
      clearTimeout(timer);
      this.waiting.delete(id);
    }
  }

  /** A receiver confirmed announcement `id` (ids this process did not send are ignored). */
  receipt(id: string): void {
    const entry = this.waiting.get(id);
    if (!entry) return;
    entry.received += 1;
    if (entry.received >= entry.expected) entry.settle();
  }
}
