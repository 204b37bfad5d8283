// Generated from specs/nlife/alibaba.nlife.b2c.code.convert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nlife.b2c.code.convert` (b2c转码). */
export interface AlibabaNlifeB2cCodeConvertRequest {
  /** 零售商在零售+平台ID，非唯一码模式必填，建议传递该值 */
  store_id?: string;
  /** 商品URL */
  url: string;
}

/** Response of `alibaba.nlife.b2c.code.convert`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNlifeB2cCodeConvertResponse {
  /** data */
  data?: AlibabaNlifeB2cCodeConvertItemCodeConvertResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemCodeConvertResponse` of `alibaba.nlife.b2c.code.convert`. */
export interface AlibabaNlifeB2cCodeConvertItemCodeConvertResponse {
  /** 转码后的结果 */
  code?: string;
  /** itemId */
  item_id?: Int64;
  /** skuId */
  sku_id?: Int64;
  /** storeId */
  store_id?: Int64;
  /** BARCODE / UNIQUECODE */
  code_type?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    code: 'String',
    item_id: 'Number',
    sku_id: 'Number',
    store_id: 'Number',
    code_type: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nlife.b2c.code.convert`: method, response root, request and response schemas. */
export const alibabaNlifeB2cCodeConvertOperation = {
  method: 'alibaba.nlife.b2c.code.convert',
  responseRoot: 'alibaba_nlife_b2c_code_convert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * b2c转码 — calls TOP method `alibaba.nlife.b2c.code.convert`.
 *
 * 将商品的URL转码，ISV将该码写入RFID
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNlifeB2cCodeConvert(
  client: TopClient,
  request: AlibabaNlifeB2cCodeConvertRequest,
  options?: CallOptions,
): Promise<AlibabaNlifeB2cCodeConvertResponse> {
  return client.call<AlibabaNlifeB2cCodeConvertResponse>(
    {
      method: 'alibaba.nlife.b2c.code.convert',
      responseRoot: 'alibaba_nlife_b2c_code_convert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
