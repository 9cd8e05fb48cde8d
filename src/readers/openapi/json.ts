/**
 * The document model as parsed: JSON values (YAML documents add dates, which only `x-sunset` reads).
 * Code narrows a value with `isJsonObject` before it reads a member; nothing is typed `any`.
 */
export type JsonObject = Record<string, unknown>

/** A mapping (not null, not a list). */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Calls `visit` with each own member of `object`, in order. Unlike `for (const [k, v] of
 * Object.entries(o))` it allocates nothing per member: the CLI runs without the optimizing
 * compilers, where the pairs and every iterator step are objects to collect (ADR 0020).
 */
export function forEachMember(object: JsonObject, visit: (key: string, value: unknown) => void): void {
  for (const key in object) if (Object.hasOwn(object, key)) visit(key, object[key])
}
