// Generated from specs/alsc/alibaba.alsc.crm.open.recharge.operate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.open.recharge.operate` (储值操作接口). */
export interface AlibabaAlscCrmOpenRechargeOperateRequest {
  /** 储值操作参数 */
  param_recharge_operate_open_req?: AlibabaAlscCrmOpenRechargeOperateRechargeOperateOpenReqInput;
}

/** Response of `alibaba.alsc.crm.open.recharge.operate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmOpenRechargeOperateResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmOpenRechargeOperateCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RechargeOperateOpenReq` of `alibaba.alsc.crm.open.recharge.operate`. */
export interface AlibabaAlscCrmOpenRechargeOperateRechargeOperateOpenReqInput {
  /** saas品牌id */
  brand_id: string;
  /** 操作储值 */
  change_value?: Int64Input;
  /** 顾客id */
  customer_id?: string;
  /** 手机号 */
  mobile?: string;
  /** 1-充值(charge) 2-冻结(freeze) 3-核销(verify) 4-充值回退(refund) */
  operate_type?: Int64Input;
  /** 操作人id */
  operator_id: string;
  /** 外部id */
  outer_id?: string;
  /** 外部订单号 */
  outer_order_id: string;
  /** 外部id类型，wechat：微信openId ；alipay：支付宝 */
  outer_type?: string;
  /** 操作备注 */
  reason?: string;
  /** 请求幂等id */
  request_id: string;
  /** saas门店id */
  shop_id: string;
  /** 回退单号,operate_type为4退款时必填 */
  new_outer_order_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.open.recharge.operate`. */
export interface AlibabaAlscCrmOpenRechargeOperateCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 操作是否成功 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_recharge_operate_open_req: {
    brand_id: 'String',
    change_value: 'Number',
    customer_id: 'String',
    mobile: 'String',
    operate_type: 'Number',
    operator_id: 'String',
    outer_id: 'String',
    outer_order_id: 'String',
    outer_type: 'String',
    reason: 'String',
    request_id: 'String',
    shop_id: 'String',
    new_outer_order_id: 'String',
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

/** Static description of `alibaba.alsc.crm.open.recharge.operate`: method, response root, request and response schemas. */
export const alibabaAlscCrmOpenRechargeOperateOperation = {
  method: 'alibaba.alsc.crm.open.recharge.operate',
  responseRoot: 'alibaba_alsc_crm_open_recharge_operate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 储值操作接口 — calls TOP method `alibaba.alsc.crm.open.recharge.operate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmOpenRechargeOperate(
  client: TopClient,
  request: AlibabaAlscCrmOpenRechargeOperateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmOpenRechargeOperateResponse> {
  return client.call<AlibabaAlscCrmOpenRechargeOperateResponse>(
    {
      method: 'alibaba.alsc.crm.open.recharge.operate',
      responseRoot: 'alibaba_alsc_crm_open_recharge_operate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
