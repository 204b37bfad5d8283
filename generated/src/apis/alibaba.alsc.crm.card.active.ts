// Generated from specs/alsc/alibaba.alsc.crm.card.active.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.card.active` (标准激活卡). */
export interface AlibabaAlscCrmCardActiveRequest {
  /** 请求参数 */
  param_active_card_open_req: AlibabaAlscCrmCardActiveActiveCardOpenReqInput;
}

/** Response of `alibaba.alsc.crm.card.active`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCardActiveResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCardActiveCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActiveCardOpenReq` of `alibaba.alsc.crm.card.active`. */
export interface AlibabaAlscCrmCardActiveActiveCardOpenReqInput {
  /** 品牌ID,,brand_id与out_brand_id不可同时为空 */
  brand_id?: string;
  /** 电子卡号 */
  card_id: string;
  /** 操作人ID */
  operator_id: string;
  /** 请求ID，用于幂等处理 */
  request_id: string;
  /** 店铺ID，shop_id和out_shop_id不可同时为空 */
  shop_id?: string;
  /** 外部门店ID，shop_id和out_shop_id不可同时为空 */
  out_shop_id?: string;
  /** 外部品牌ID,brand_id与out_brand_id不可同时为空 */
  out_brand_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.card.active`. */
export interface AlibabaAlscCrmCardActiveCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 开卡是否成功 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_active_card_open_req: {
    brand_id: 'String',
    card_id: 'String',
    operator_id: 'String',
    request_id: 'String',
    shop_id: 'String',
    out_shop_id: 'String',
    out_brand_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: 'Boolean',
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.card.active`: method, response root, request and response schemas. */
export const alibabaAlscCrmCardActiveOperation = {
  method: 'alibaba.alsc.crm.card.active',
  responseRoot: 'alibaba_alsc_crm_card_active_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标准激活卡 — calls TOP method `alibaba.alsc.crm.card.active`.
 *
 * 激活卡
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCardActive(
  client: TopClient,
  request: AlibabaAlscCrmCardActiveRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmCardActiveResponse> {
  return client.call<AlibabaAlscCrmCardActiveResponse>(
    {
      method: 'alibaba.alsc.crm.card.active',
      responseRoot: 'alibaba_alsc_crm_card_active_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
