declare module '@apidevtools/swagger-parser/lib/validators/schema.js' {
  /** swagger-parser's JSON Schema validator (Swagger 2.0, OpenAPI 3.0, 3.1); throws with `details` (Ajv errors). */
  const validateSchema: (api: unknown) => void
  export default validateSchema
}
