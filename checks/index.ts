import type { Check } from '../src/engine/types.js'
import docsUpdated from './docs-updated.js'
import featureFlagPlan from './feature-flag-plan.js'
import rollbackCriteria from './rollback-criteria.js'
import sloDefined from './slo-defined.js'

/** Every check, sorted by id. Adding a check: see docs/adding-a-check.md. */
export const checks: Check[] = [docsUpdated, featureFlagPlan, rollbackCriteria, sloDefined]
