import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-enum-value-added',
  level: 'warning',
  description: 'Response header enum value added.',
  kinds: ['enum-value-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'Same level as oasdiff for properties (warning); we apply it to bodies, parameters and headers too.'
})
