/**
 * The document model as parsed: JSON values (YAML documents add dates, which only `x-sunset` reads).
 * Code narrows a value with `isJsonObject` before it reads a member; nothing is typed `any`.
 */
export type JsonObject = Record<string, unknown>

/** A mapping (not null, not a list). */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
