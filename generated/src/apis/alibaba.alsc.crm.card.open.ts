// Generated from specs/alsc/alibaba.alsc.crm.card.open.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.card.open` (标准开卡流程). */
export interface AlibabaAlscCrmCardOpenRequest {
  /** 开卡参数 */
  param_open_card_standard_open_req: AlibabaAlscCrmCardOpenOpenCardStandardOpenReqInput;
}

/** Response of `alibaba.alsc.crm.card.open`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCardOpenResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCardOpenCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCardStandardOpenReq` of `alibaba.alsc.crm.card.open`. */
export interface AlibabaAlscCrmCardOpenOpenCardStandardOpenReqInput {
  /** 品牌ID,与outBrandId不能同时为空 */
  brand_id?: string;
  /** 顾客ID */
  customer_id?: string;
  /** 操作人ID */
  operator_id: string;
  /** 操作人名称 */
  operator_name: string;
  /** 物理卡号，与卡模板ID不能同时为空 */
  physical_card_id?: string;
  /** 门店ID，与outShopId不能同时为空 */
  shop_id?: string;
  /** 外部品牌ID，与brandId不能同时为空 */
  out_brand_id?: string;
  /** 请求UUID ,用于做幂等 */
  request_id?: string;
  /** 外部门店ID,与shopId不能同时为空 */
  out_shop_id?: string;
  /** 卡模板ID，与物理卡号不能同时为空 */
  card_template_id?: string;
  /** 是否激活 */
  active?: boolean;
}

/** `CommonResult` of `alibaba.alsc.crm.card.open`. */
export interface AlibabaAlscCrmCardOpenCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 电子卡号 */
  result?: string;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_open_card_standard_open_req: {
    brand_id: 'String',
    customer_id: 'String',
    operator_id: 'String',
    operator_name: 'String',
    physical_card_id: 'String',
    shop_id: 'String',
    out_brand_id: 'String',
    request_id: 'String',
    out_shop_id: 'String',
    card_template_id: 'String',
    active: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: 'String',
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.card.open`: method, response root, request and response schemas. */
export const alibabaAlscCrmCardOpenOperation = {
  method: 'alibaba.alsc.crm.card.open',
  responseRoot: 'alibaba_alsc_crm_card_open_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标准开卡流程 — calls TOP method `alibaba.alsc.crm.card.open`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCardOpen(
  client: TopClient,
  request: AlibabaAlscCrmCardOpenRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmCardOpenResponse> {
  return client.call<AlibabaAlscCrmCardOpenResponse>(
    {
      method: 'alibaba.alsc.crm.card.open',
      responseRoot: 'alibaba_alsc_crm_card_open_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
