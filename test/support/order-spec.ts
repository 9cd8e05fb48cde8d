/** An OpenAPI document with the given operations (`METHOD /path`), and a description when asked. */
export function spec(operations: string[], description?: string): string {
  const paths = new Map<string, string[]>()
  for (const op of operations) {
    const [method, path] = op.split(' ') as [string, string]
    paths.set(path, [...(paths.get(path) ?? []), method.toLowerCase()])
  }
  const lines = ['openapi: 3.0.3', 'info:', '  title: Shop', '  version: 1.0.0']
  if (description) lines.push(`  description: ${description}`)
  lines.push('paths:')
  for (const [path, methods] of paths) {
    lines.push(`  ${path}:`)
    for (const method of methods)
      lines.push(`    ${method}:`, '      responses:', "        '200':", '          description: OK')
  }
  return lines.join('\n') + '\n'
}
