// Generated from specs/alsc/alibaba.alsc.crm.open.point.operate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.open.point.operate` (积分操作接口). */
export interface AlibabaAlscCrmOpenPointOperateRequest {
  /** 入参 */
  param_point_operate_open_req?: AlibabaAlscCrmOpenPointOperatePointOperateOpenReqInput;
}

/** Response of `alibaba.alsc.crm.open.point.operate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmOpenPointOperateResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmOpenPointOperateCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PointOperateOpenReq` of `alibaba.alsc.crm.open.point.operate`. */
export interface AlibabaAlscCrmOpenPointOperatePointOperateOpenReqInput {
  /** saas品牌id */
  brand_id: string;
  /** 操作积分 */
  change_point: Int64Input;
  /** 手机号 */
  mobile?: string;
  /** 1-增加(charge) 2-冻结(freeze) 3-核销(verify) 4-扣减(decrease) */
  operate_type: Int64Input;
  /** 操作人id */
  operator_id: string;
  /** 外部id */
  outer_id?: string;
  /** 外部id类型，wechat：微信openId alipay：支付宝 */
  outer_type?: string;
  /** 操作原因 */
  reason?: string;
  /** 请求幂等id */
  request_id: string;
  /** saas门店id */
  shop_id: string;
  /** 外部订单号 */
  outer_order_id: string;
  /** 顾客id */
  customer_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.open.point.operate`. */
export interface AlibabaAlscCrmOpenPointOperateCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_point_operate_open_req: {
    brand_id: 'String',
    change_point: 'Number',
    mobile: 'String',
    operate_type: 'Number',
    operator_id: 'String',
    outer_id: 'String',
    outer_type: 'String',
    reason: 'String',
    request_id: 'String',
    shop_id: 'String',
    outer_order_id: 'String',
    customer_id: 'String',
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

/** Static description of `alibaba.alsc.crm.open.point.operate`: method, response root, request and response schemas. */
export const alibabaAlscCrmOpenPointOperateOperation = {
  method: 'alibaba.alsc.crm.open.point.operate',
  responseRoot: 'alibaba_alsc_crm_open_point_operate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 积分操作接口 — calls TOP method `alibaba.alsc.crm.open.point.operate`.
 *
 * 同步积分接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmOpenPointOperate(
  client: TopClient,
  request: AlibabaAlscCrmOpenPointOperateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmOpenPointOperateResponse> {
  return client.call<AlibabaAlscCrmOpenPointOperateResponse>(
    {
      method: 'alibaba.alsc.crm.open.point.operate',
      responseRoot: 'alibaba_alsc_crm_open_point_operate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
