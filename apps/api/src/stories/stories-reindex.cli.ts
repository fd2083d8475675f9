import 'reflect-metadata';
import { createDataSource } from '../database/data-source.js';
import { serializedTransaction } from '../database/transactions.js';
import { StoriesRepository } from './stories.repository.js';
import { StoriesService } from './stories.service.js';

/**
 * `npm run stories:reindex`: fills the near-duplicate band index for articles stored before stories existed
 * (migration 1766100000000 gives them a story each but cannot shingle them). Idempotent; one transaction per
 * 500 articles, so it can be stopped and run again.
 */
async function main(): Promise<void> {
  const dataSource = createDataSource();
  await dataSource.initialize();
  const started = Date.now();
  try {
    const service = new StoriesService(new StoriesRepository(dataSource));
    const indexed = await service.reindex((work) => serializedTransaction(dataSource, work));
    console.log(`Indexed ${indexed} articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
