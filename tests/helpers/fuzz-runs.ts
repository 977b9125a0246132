/**
 * How many cases a fast-check property runs: a bounded number in the normal test run, more under
 * `npm run fuzz` (FUZZ_RUNS=10000). `usual` is the count a property runs in `npm test`.
 */
export function fuzzRuns(usual: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : usual;
}
