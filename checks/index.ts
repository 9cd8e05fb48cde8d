import type { Check } from '../src/engine/types.js'
import docsUpdated from './docs-updated.js'

/** Every check, sorted by id. Adding a check: see docs/adding-a-check.md. */
export const checks: Check[] = [docsUpdated]
