// The JSON Schema (draft-07) subset the editor's schemas use, plus the two keywords
// yaml-language-server (inside monaco-yaml) reads for friendlier messages.

export type JsonSchemaType = "array" | "boolean" | "integer" | "null" | "number" | "object" | "string";

export interface JsonSchema {
  $schema?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: JsonSchemaType | JsonSchemaType[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  /** yaml-language-server: the message when `pattern` fails. */
  patternErrorMessage?: string;
  /** yaml-language-server: shown on hover and in completion instead of `description`. */
  markdownDescription?: string;
  /** yaml-language-server: a warning with this text wherever the property is used. */
  deprecationMessage?: string;
}
