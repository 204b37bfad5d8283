// Generated from specs/alsc/alibaba.alsc.crm.recharge.chargeprecheck.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.recharge.chargeprecheck.get` (储值账户充值前校验). */
export interface AlibabaAlscCrmRechargeChargeprecheckGetRequest {
  /** 入参 */
  param_charge_pre_check_open_req?: AlibabaAlscCrmRechargeChargeprecheckGetChargePreCheckOpenReqInput;
}

/** Response of `alibaba.alsc.crm.recharge.chargeprecheck.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRechargeChargeprecheckGetResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRechargeChargeprecheckGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChargePreCheckOpenReq` of `alibaba.alsc.crm.recharge.chargeprecheck.get`. */
export interface AlibabaAlscCrmRechargeChargeprecheckGetChargePreCheckOpenReqInput {
  /** 品牌ID(和outbrandid不能同时为空) */
  brand_id?: string;
  /** 卡Id，用于会员卡、礼品卡校验 */
  card_id?: string;
  /** 会员ID，用于会员卡校验，会员卡必填 */
  customer_id?: string;
  /** 门店ID(和outshopid不能同时为空) */
  shop_id?: string;
  /** 外部门店ID(不能和shopid同时为空) */
  out_shop_id?: string;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.recharge.chargeprecheck.get`. */
export interface AlibabaAlscCrmRechargeChargeprecheckGetCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 验证是否通过 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_charge_pre_check_open_req: {
    brand_id: 'String',
    card_id: 'String',
    customer_id: 'String',
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

/** Static description of `alibaba.alsc.crm.recharge.chargeprecheck.get`: method, response root, request and response schemas. */
export const alibabaAlscCrmRechargeChargeprecheckGetOperation = {
  method: 'alibaba.alsc.crm.recharge.chargeprecheck.get',
  responseRoot: 'alibaba_alsc_crm_recharge_chargeprecheck_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 储值账户充值前校验 — calls TOP method `alibaba.alsc.crm.recharge.chargeprecheck.get`.
 *
 * 储值账户充值前校验接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRechargeChargeprecheckGet(
  client: TopClient,
  request: AlibabaAlscCrmRechargeChargeprecheckGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmRechargeChargeprecheckGetResponse> {
  return client.call<AlibabaAlscCrmRechargeChargeprecheckGetResponse>(
    {
      method: 'alibaba.alsc.crm.recharge.chargeprecheck.get',
      responseRoot: 'alibaba_alsc_crm_recharge_chargeprecheck_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
