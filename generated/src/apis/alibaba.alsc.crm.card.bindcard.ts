// Generated from specs/alsc/alibaba.alsc.crm.card.bindcard.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.card.bindcard` (绑定物理卡). */
export interface AlibabaAlscCrmCardBindcardRequest {
  /** 请求参数 */
  param_bind_physical_card_open_req?: AlibabaAlscCrmCardBindcardBindPhysicalCardOpenReqInput;
}

/** Response of `alibaba.alsc.crm.card.bindcard`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCardBindcardResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCardBindcardCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BindPhysicalCardOpenReq` of `alibaba.alsc.crm.card.bindcard`. */
export interface AlibabaAlscCrmCardBindcardBindPhysicalCardOpenReqInput {
  /** 外部品牌ID,brand_id与out_brand_id不可同时为空 */
  out_brand_id?: string;
  /** 物理卡号 */
  physical_card_id: string;
  /** 请求ID，用于幂等处理 */
  request_id: string;
  /** 品牌ID,,brand_id与out_brand_id不可同时为空 */
  brand_id?: string;
  /** 外部门店ID，shop_id和out_shop_id不可同时为空 */
  out_shop_id?: string;
  /** 店铺ID，shop_id和out_shop_id不可同时为空 */
  shop_id?: string;
  /** 操作人id */
  operator_id: string;
  /** 用户id */
  customer_id: string;
  /** 卡号 */
  card_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.card.bindcard`. */
export interface AlibabaAlscCrmCardBindcardCommonResult {
  /** 结果 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_view?: string;
  /** 业务成功状态 */
  biz_success?: boolean;
  /** 结果详情 */
  result_desc?: string;
}

const REQUEST_SCHEMA = {
  param_bind_physical_card_open_req: {
    out_brand_id: 'String',
    physical_card_id: 'String',
    request_id: 'String',
    brand_id: 'String',
    out_shop_id: 'String',
    shop_id: 'String',
    operator_id: 'String',
    customer_id: 'String',
    card_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'Boolean',
    result_code: 'String',
    result_view: 'String',
    biz_success: 'Boolean',
    result_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.card.bindcard`: method, response root, request and response schemas. */
export const alibabaAlscCrmCardBindcardOperation = {
  method: 'alibaba.alsc.crm.card.bindcard',
  responseRoot: 'alibaba_alsc_crm_card_bindcard_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 绑定物理卡 — calls TOP method `alibaba.alsc.crm.card.bindcard`.
 *
 * 将会员卡和实例物理卡绑定在一起
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCardBindcard(
  client: TopClient,
  request: AlibabaAlscCrmCardBindcardRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmCardBindcardResponse> {
  return client.call<AlibabaAlscCrmCardBindcardResponse>(
    {
      method: 'alibaba.alsc.crm.card.bindcard',
      responseRoot: 'alibaba_alsc_crm_card_bindcard_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
