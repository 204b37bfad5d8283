/**
 * Static schemas: plain data that describe an API's request and response, read by one generic runtime
 * (serialize.ts, decode.ts) instead of emitting a serializer and deserializer function per type.
 *
 * A field's schema is its TOP scalar name, a nested object schema, or a one-element array for a list:
 *   { content: 'String', dispute_id: 'Number', message_pics: 'byte[]', fields: ['String'],
 *     result: { results: [{ id: 'Number', pic_urls: [{ url: 'String' }] }] } }
 */

/** TOP's own scalar vocabulary, as the doc pages write it. `byte` is a small integer, `byte[]` a file. */
export type TopScalar = 'String' | 'Number' | 'Boolean' | 'Date' | 'Price' | 'byte[]' | 'Field List' | 'Json' | 'byte';

export type TypeSchema = TopScalar | ObjectSchema;

/** A list of `T`: a one-element tuple. */
export type ListSchema = readonly [TypeSchema];

export type FieldSchema = TypeSchema | ListSchema;

/** Fields of an object (or of a request / response), in the doc's order. */
export interface ObjectSchema {
  readonly [field: string]: FieldSchema;
}

export function isListSchema(schema: FieldSchema): schema is ListSchema {
  return Array.isArray(schema);
}

export function isObjectSchema(schema: FieldSchema): schema is ObjectSchema {
  return typeof schema === 'object' && !Array.isArray(schema);
}
