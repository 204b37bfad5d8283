// Generated from specs/alsc/alibaba.alsc.crm.recharge.dedutprecheck.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.recharge.dedutprecheck.get` (储值核销预先校验). */
export interface AlibabaAlscCrmRechargeDedutprecheckGetRequest {
  /** 入参 */
  param_deduct_pre_check_open_req?: AlibabaAlscCrmRechargeDedutprecheckGetDeductPreCheckOpenReqInput;
}

/** Response of `alibaba.alsc.crm.recharge.dedutprecheck.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRechargeDedutprecheckGetResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRechargeDedutprecheckGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeductPreCheckOpenReq` of `alibaba.alsc.crm.recharge.dedutprecheck.get`. */
export interface AlibabaAlscCrmRechargeDedutprecheckGetDeductPreCheckOpenReqInput {
  /** 品牌ID(不能和outbrandid同时为空)) */
  brand_id?: string;
  /** 卡Id，礼品卡或会员卡Id */
  card_id?: string;
  /** 会员 */
  customer_id?: string;
  /** 门店ID(不能和outshopid同时为空) */
  shop_id?: string;
  /** 核销总资产 */
  value: Int64Input;
  /** 外部门店ID(和shopid不能同时为空) */
  out_shop_id?: string;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.recharge.dedutprecheck.get`. */
export interface AlibabaAlscCrmRechargeDedutprecheckGetCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 是否验证成功 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_deduct_pre_check_open_req: {
    brand_id: 'String',
    card_id: 'String',
    customer_id: 'String',
    shop_id: 'String',
    value: 'Number',
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

/** Static description of `alibaba.alsc.crm.recharge.dedutprecheck.get`: method, response root, request and response schemas. */
export const alibabaAlscCrmRechargeDedutprecheckGetOperation = {
  method: 'alibaba.alsc.crm.recharge.dedutprecheck.get',
  responseRoot: 'alibaba_alsc_crm_recharge_dedutprecheck_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 储值核销预先校验 — calls TOP method `alibaba.alsc.crm.recharge.dedutprecheck.get`.
 *
 * 储值核销预先校验接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRechargeDedutprecheckGet(
  client: TopClient,
  request: AlibabaAlscCrmRechargeDedutprecheckGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmRechargeDedutprecheckGetResponse> {
  return client.call<AlibabaAlscCrmRechargeDedutprecheckGetResponse>(
    {
      method: 'alibaba.alsc.crm.recharge.dedutprecheck.get',
      responseRoot: 'alibaba_alsc_crm_recharge_dedutprecheck_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
