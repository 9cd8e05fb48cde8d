/** Where the published docs live; every report links each check to its page here. */
export const DOCS_BASE_URL = 'https://github.com/release-readiness/release-readiness/blob/main/'

export function docsUrl(repoPath: string): string {
  return DOCS_BASE_URL + repoPath
}
