// Generated from specs/aedropshiper/aliexpress.ds.member.orderdata.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ds.member.orderdata.submit` (dropshipper数据回流). */
export interface AliexpressDsMemberOrderdataSubmitRequest {
  /** AE product ID */
  ae_product_id: string;
  /** SKU sales amount outside the station, to 2 decimal places */
  product_amount: string;
  /** Order sales amount outside the station, keep 2 decimal places */
  order_amount: string;
  /** Off-site payment time, GMT time, format YYYYMMDD:HHMMSS */
  paytime: string;
  /** AE product SKU information, SKU key-value pair: "200000182:193;200007763:201336100" */
  ae_sku_info: string;
  /** Commodity site url */
  product_url: string;
  /** AE order id */
  ae_orderid: string;
}

/** Response of `aliexpress.ds.member.orderdata.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressDsMemberOrderdataSubmitResponse {
  /** Result object */
  result?: boolean;
  /** Error message */
  rsp_msg?: string;
  /** error code */
  rsp_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ae_product_id: 'String',
  product_amount: 'String',
  order_amount: 'String',
  paytime: 'String',
  ae_sku_info: 'String',
  product_url: 'String',
  ae_orderid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  rsp_msg: 'String',
  rsp_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ds.member.orderdata.submit`: method, response root, request and response schemas. */
export const aliexpressDsMemberOrderdataSubmitOperation = {
  method: 'aliexpress.ds.member.orderdata.submit',
  responseRoot: 'aliexpress_ds_member_orderdata_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * dropshipper数据回流 — calls TOP method `aliexpress.ds.member.orderdata.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressDsMemberOrderdataSubmit(
  client: TopClient,
  request: AliexpressDsMemberOrderdataSubmitRequest,
  options?: CallOptions,
): Promise<AliexpressDsMemberOrderdataSubmitResponse> {
  return client.call<AliexpressDsMemberOrderdataSubmitResponse>(
    {
      method: 'aliexpress.ds.member.orderdata.submit',
      responseRoot: 'aliexpress_ds_member_orderdata_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
