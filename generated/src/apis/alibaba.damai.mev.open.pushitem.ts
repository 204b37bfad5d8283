// Generated from specs/damai/alibaba.damai.mev.open.pushitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.pushitem` (大麦换验平台-第三方对外开放-票品接口pushItem). */
export interface AlibabaDamaiMevOpenPushitemRequest {
  /** 入参pushItemParam */
  push_item_param?: AlibabaDamaiMevOpenPushitemPushTicketItemPushOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.pushitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenPushitemResponse {
  /** result */
  result?: AlibabaDamaiMevOpenPushitemResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PushTicketItemPushOpenParam` of `alibaba.damai.mev.open.pushitem`. */
export interface AlibabaDamaiMevOpenPushitemPushTicketItemPushOpenParamInput {
  /** 票品id */
  item_id?: Int64Input;
  /** 票品名称 */
  item_name?: string;
  /** 票品价格 */
  item_price?: Int64Input;
  /** 场次id */
  perform_id?: Int64Input;
  /** 推送时间 */
  push_time?: DateInput;
  /** 商户密钥 */
  supplier_secret?: string;
  /** 商户id */
  system_id?: Int64Input;
  /** 票品描述 */
  remark?: string;
}

/** `Result` of `alibaba.damai.mev.open.pushitem`. */
export interface AlibabaDamaiMevOpenPushitemResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 返回值 */
  model?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  push_item_param: {
    item_id: 'Number',
    item_name: 'String',
    item_price: 'Number',
    perform_id: 'Number',
    push_time: 'Date',
    supplier_secret: 'String',
    system_id: 'Number',
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    model: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.mev.open.pushitem`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenPushitemOperation = {
  method: 'alibaba.damai.mev.open.pushitem',
  responseRoot: 'alibaba_damai_mev_open_pushitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-票品接口pushItem — calls TOP method `alibaba.damai.mev.open.pushitem`.
 *
 * 开放接口 推送票品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenPushitem(
  client: TopClient,
  request: AlibabaDamaiMevOpenPushitemRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenPushitemResponse> {
  return client.call<AlibabaDamaiMevOpenPushitemResponse>(
    {
      method: 'alibaba.damai.mev.open.pushitem',
      responseRoot: 'alibaba_damai_mev_open_pushitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
