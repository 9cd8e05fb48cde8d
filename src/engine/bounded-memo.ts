/**
 * A memo of at most `maxEntries` results by string key (emptied when full), so a long-running App
 * never grows it without bound. For pure parses of texts that repeat, such as the same SLO file or
 * PR body read for many pull requests of one release.
 */
export function boundedMemo<T>(maxEntries: number): (key: string, compute: () => T) => T {
  const memo = new Map<string, T>()
  return (key, compute) => {
    let value = memo.get(key)
    if (value === undefined) {
      if (memo.size >= maxEntries) memo.clear()
      value = compute()
      memo.set(key, value)
    }
    return value
  }
}
