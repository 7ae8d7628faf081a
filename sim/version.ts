/**
 * The engine version written into every result file. Bump it whenever a change can alter any
 * number a seeded run produces (stream use, event order, metric definitions): replay then
 * says that the engine changed instead of only that the digest differs.
 */
export const ENGINE_VERSION = '1.1.0';
