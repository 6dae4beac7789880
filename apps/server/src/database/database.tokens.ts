/** Injection token for the PostgreSQL connection URL the app runs on. */
export const DATABASE_URL = Symbol('DATABASE_URL');
