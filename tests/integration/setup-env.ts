// Integration tests build the app themselves; keep its start-up quiet and deterministic.
process.env.CLAIMLINE_SEED = process.env.CLAIMLINE_SEED ?? 'false';
