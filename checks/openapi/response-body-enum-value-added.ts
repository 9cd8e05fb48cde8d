import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-enum-value-added',
  level: 'warning',
  description: 'Response body enum value added.',
  kinds: ['enum-value-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: null,
  differences:
    'Same level as oasdiff for properties (warning); we apply it to bodies, parameters and headers too.'
})
