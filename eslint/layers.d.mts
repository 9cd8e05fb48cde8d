// Types for eslint/layers.mjs, so test/architecture.test.ts can use the same map as the lint rule.
import type { Rule } from 'eslint'

export interface Layer {
  name: string
  rank: number
  units: string[]
}
export interface Problem {
  messageId: 'upward' | 'sideways' | 'package' | 'unmapped'
  data: Record<string, string>
}
export const root: string
export const layers: Layer[]
export const packageOwners: { pattern: RegExp; layers: string[] }[]
export function unitOf(relativePath: string): { unit: string; layer: Layer } | undefined
export function importProblem(from: string, to: string): Problem | undefined
export function packageProblem(from: string, specifier: string): Problem | undefined
export const plugin: { meta: { name: string }; rules: { 'import-direction': Rule.RuleModule } }
