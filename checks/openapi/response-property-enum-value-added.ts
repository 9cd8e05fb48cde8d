import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-enum-value-added',
  level: 'warning',
  description: 'Response property enum value added.',
  kinds: ['enum-value-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'warn',
  differences:
    'Same level as oasdiff for properties (warning); we apply it to bodies, parameters and headers too.'
})
