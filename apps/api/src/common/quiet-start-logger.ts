import { ConsoleLogger } from '@nestjs/common';

/** Nest's own start-up chatter: one line per module and route, which buries the lines a newcomer needs. */
const NOISY_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

export class QuietStartLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context && NOISY_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
