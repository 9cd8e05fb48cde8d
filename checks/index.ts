import type { Check } from '../src/engine/types.js'
import openapiCompatible from './openapi-compatible.js'

/** Every check, sorted by id. Adding a check: see docs/adding-a-check.md. */
export const checks: Check[] = [openapiCompatible]
