/**
 * "Source outside tests and docs": the default `when` of the text checks and the default source
 * of the single service in `slo-defined`.
 */
export const SOURCE_GLOBS: readonly string[] = [
  '**',
  '!docs/**',
  '!doc/**',
  '!**/*.{md,mdx,markdown,rst,adoc,txt}',
  '!test/**',
  '!tests/**',
  '!**/__tests__/**',
  '!**/__mocks__/**',
  '!**/*.{test,spec}.*',
  '!**/*_test.go',
  '!**/test_*.py',
  '!**/testdata/**',
  '!.github/**',
  '!.vscode/**',
  '!**/.gitignore',
  '!**/.editorconfig',
  '!LICENSE*',
  '!CODEOWNERS',
  '!.release-readiness/**'
]
