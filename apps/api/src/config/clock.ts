/**
 * The current time in milliseconds, injected wherever an expiry or a rate window is decided (tokens,
 * revocations, the sign-in limiter), so a test can move time forward instead of waiting for it.
 */
export const CLOCK = Symbol('CLOCK');
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
