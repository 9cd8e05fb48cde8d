/** Test data that must never count as a service's SLO, rollback definition or flag: negated globs. */
export const NOT_TEST_DATA: readonly string[] = [
  '!**/test/**',
  '!**/tests/**',
  '!**/__tests__/**',
  '!**/__fixtures__/**',
  '!**/fixtures/**',
  '!**/testdata/**',
  '!**/*.{test,spec}.*'
]
