import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-security-added',
  level: 'info',
  description: 'A security alternative was added to an operation that was already secured.',
  kinds: ['api-security-added'],
  oasdiff: 'info',
  differences:
    'Same id as oasdiff. We only report it for operations that were already secured; adding a requirement to a public operation is the separate, breaking `api-security-added-to-public-operation`.'
})
