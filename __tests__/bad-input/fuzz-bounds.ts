/**
 * Runs per property: enough to find shallow crashes, few enough that the suite stays within seconds. A case
 * that hangs fails at jest's test timeout; no case is held to a time bound (a loaded machine would fail it).
 */
export const FUZZ_RUNS = 300
