import { AnnouncementReceipts } from './announcement-receipts.js';

describe('AnnouncementReceipts', () => {
  it('resolves once every subscriber Redis sent the announcement to has confirmed it', async () => {
    const receipts = new AnnouncementReceipts();
    let sentId = '';
    let resolved = false;
    const outcome = receipts
      .publishAndAwait((id) => {
        sentId = id;
        return Promise.resolve(3);
      })
      .then((value) => {
        resolved = true;
        return value;
      });
    await Promise.resolve();
    receipts.receipt(sentId);
    receipts.receipt(sentId);
    receipts.receipt('an-announcement-of-another-process');
    // Two of three: still waiting.
    await new Promise((resolve) => setImmediate(resolve));
    expect(resolved).toBe(false);
    receipts.receipt(sentId);
    await expect(outcome).resolves.toEqual({ expected: 3, received: 3 });
  });

  it('counts receipts that arrive before Redis has answered the publish', async () => {
    const receipts = new AnnouncementReceipts();
    const outcome = receipts.publishAndAwait((id) => {
      receipts.receipt(id);
      receipts.receipt(id);
      return Promise.resolve(2);
    });
    await expect(outcome).resolves.toEqual({ expected: 2, received: 2 });
  });

  it('answers after its wait when a receiver never confirms, saying how many did', async () => {
    jest.useFakeTimers();
    try {
      const receipts = new AnnouncementReceipts(2_000);
      const outcome = receipts.publishAndAwait((id) => {
        receipts.receipt(id);
        return Promise.resolve(2);
      });
      await jest.advanceTimersByTimeAsync(2_000);
      await expect(outcome).resolves.toEqual({ expected: 2, received: 1 });
      // Late receipts of a finished announcement are ignored.
      expect(() => receipts.receipt('late')).not.toThrow();
    } finally {
      jest.useRealTimers();
    }
  });

  it('passes on a failed publish', async () => {
    const receipts = new AnnouncementReceipts();
    await expect(receipts.publishAndAwait(() => Promise.reject(new Error('Connection is closed')))).rejects.toThrow(
      'Connection is closed',
    );
  });
});
