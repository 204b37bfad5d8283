/** The runtime barrel imported by every generated API file. */
export { TopClient, DEFAULT_GATEWAY } from './client.js';
export {
  TopError,
  TopTransportError,
  isReadMethod,
  isRetryableTopError,
  mayHaveRun,
  type TopErrorFields,
  type TransportErrorKind,
} from './errors.js';
export {
  createMockGateway,
  type MockGateway,
  type MockGatewayOptions,
  type MockHandler,
  type MockRequest,
  type MockResult,
} from './mock-gateway.js';
export { fileFromPath } from './files.js';
export { INT64_MODE, type Int64, type Int64Mode } from './int64.js';
export type {
  ApiMapShape,
  CallOptions,
  CallRequest,
  DateInput,
  Int64Input,
  SignMethod,
  TopClientOptions,
  TopFile,
  TopParams,
} from './types.js';
export {
  isListSchema,
  isObjectSchema,
  type FieldSchema,
  type ListSchema,
  type ObjectSchema,
  type TopScalar,
  type TypeSchema,
} from './schema.js';
export { formatTopDate, signParams, stringToSign } from './sign.js';
export { serializeParams } from './serialize.js';
export { decodeResponse, responseRootKey } from './decode.js';
export { parseJsonLossless } from './json.js';
