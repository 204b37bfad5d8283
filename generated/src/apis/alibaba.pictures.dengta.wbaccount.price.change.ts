// Generated from specs/dengta/alibaba.pictures.dengta.wbaccount.price.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pictures.dengta.wbaccount.price.change` (微博公众号价格变化通知). */
export interface AlibabaPicturesDengtaWbaccountPriceChangeRequest {
  /** id */
  id?: Int64Input;
  /** 账号id */
  account_id: string;
  /** 转发价格 */
  transfer_price?: string;
  /** 日期 */
  change_time: string;
  /** 转发价格 折后价 */
  transfer_price_ali?: string;
  /** 原发价 */
  origin_price?: string;
  /** 原发价 折后价 */
  origin_price_ali?: string;
}

/** Response of `alibaba.pictures.dengta.wbaccount.price.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPicturesDengtaWbaccountPriceChangeResponse {
  /** result */
  result?: AlibabaPicturesDengtaWbaccountPriceChangeApiGeneralResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiGeneralResult` of `alibaba.pictures.dengta.wbaccount.price.change`. */
export interface AlibabaPicturesDengtaWbaccountPriceChangeApiGeneralResult {
  /** message */
  message?: AlibabaPicturesDengtaWbaccountPriceChangeReturnMessage;
  /** traceId */
  trace_id?: string;
  /** 更新结果 */
  value?: boolean;
  /** code */
  code?: Int64;
}

/** `ReturnMessage` of `alibaba.pictures.dengta.wbaccount.price.change`. */
export interface AlibabaPicturesDengtaWbaccountPriceChangeReturnMessage {
  /** dev */
  dev?: string;
  /** cust */
  cust?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  account_id: 'String',
  transfer_price: 'String',
  change_time: 'String',
  transfer_price_ali: 'String',
  origin_price: 'String',
  origin_price_ali: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: {
      dev: 'String',
      cust: 'String',
    },
    trace_id: 'String',
    value: 'Boolean',
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pictures.dengta.wbaccount.price.change`: method, response root, request and response schemas. */
export const alibabaPicturesDengtaWbaccountPriceChangeOperation = {
  method: 'alibaba.pictures.dengta.wbaccount.price.change',
  responseRoot: 'alibaba_pictures_dengta_wbaccount_price_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 微博公众号价格变化通知 — calls TOP method `alibaba.pictures.dengta.wbaccount.price.change`.
 *
 * 微博公众号推广价格变更通知接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPicturesDengtaWbaccountPriceChange(
  client: TopClient,
  request: AlibabaPicturesDengtaWbaccountPriceChangeRequest,
  options?: CallOptions,
): Promise<AlibabaPicturesDengtaWbaccountPriceChangeResponse> {
  return client.call<AlibabaPicturesDengtaWbaccountPriceChangeResponse>(
    {
      method: 'alibaba.pictures.dengta.wbaccount.price.change',
      responseRoot: 'alibaba_pictures_dengta_wbaccount_price_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
