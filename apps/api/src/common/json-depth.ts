import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** No Claimline body nests deeper than a few levels; 32 leaves room without letting recursion near the stack limit. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deeply `value` nests, counted without recursion (the point is to refuse what recursion would choke on),
 * stopping as soon as `limit` is passed.
 */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Runs right after the JSON parser, before guards and the ValidationPipe: class-transformer and class-validator
 * recurse through every level, and a body a few kilobytes deep overflowed the stack (500) before any route ran.
 */
export function limitJsonDepth(limit = MAX_JSON_DEPTH) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const body: unknown = req.body;
    if (exceedsDepth(body, limit))
      return next(new BadRequestException(`Request body is nested more than ${limit} levels deep`));
    next();
  };
}
