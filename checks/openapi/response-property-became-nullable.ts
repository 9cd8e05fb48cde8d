import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-became-nullable',
  level: 'breaking',
  description: 'Response property became nullable.',
  kinds: ['became-nullable'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error',
  differences: 'Same level as oasdiff. We also read Swagger 2.0 `x-nullable`, which oasdiff 1.15 ignores.'
})
