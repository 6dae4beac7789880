/** Injection token for the typed RapportConfig. */
export const RAPPORT_CONFIG = Symbol('RAPPORT_CONFIG');
