/**
 * The fetcher will not fetch this URL (scheme, address, size, content type): the caller's input is at
 * fault, so the API answers 400 with the reason.
 */
export class FetchRefusedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'FetchRefusedError';
  }
}

/** The remote side failed (DNS, connection, timeout, an HTTP error status): worth retrying later. */
export class FetchFailedError extends Error {
  constructor(
    readonly reason: string,
    readonly status: number | null = null,
  ) {
    super(reason);
    this.name = 'FetchFailedError';
  }
}
