// Integration tests build the app themselves; keep its start-up quiet and deterministic.
process.env.CLAIMLINE_SEED = process.env.CLAIMLINE_SEED ?? 'false';

// Each suite starts the whole application (migrations, both bundled conflict packs, often the seed
// article) on SQLite and MariaDB: seconds, not milliseconds, on a busy 2-core machine.
jest.setTimeout(30_000);
