import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-became-required',
  level: 'breaking',
  description: 'A request property became required: clients that omit it are rejected.',
  kinds: ['property-became-required'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error',
  differences:
    'Same level as oasdiff. We also read Swagger 2.0 documents (body and formData parameters are normalised to a request body), where oasdiff 1.15 misses or misnames these changes.'
})
