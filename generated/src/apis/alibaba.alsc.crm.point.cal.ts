// Generated from specs/alsc/alibaba.alsc.crm.point.cal.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.point.cal` (计算积分可以抵扣的金额). */
export interface AlibabaAlscCrmPointCalRequest {
  /** 入参 */
  param_calculate_deducted_money_open_req?: AlibabaAlscCrmPointCalCalculateDeductedMoneyOpenReqInput;
}

/** Response of `alibaba.alsc.crm.point.cal`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmPointCalResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmPointCalCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CalculateDeductedMoneyOpenReq` of `alibaba.alsc.crm.point.cal`. */
export interface AlibabaAlscCrmPointCalCalculateDeductedMoneyOpenReqInput {
  /** 品牌id */
  brand_id?: string;
  /** 抵现积分数量 */
  consume_point: Int64Input;
  /** 顾客id */
  customer_id: string;
  /** 门店id */
  shop_id?: string;
  /** 外部门店ID,shop_id和out_shop_id不可同时为空 */
  out_shop_id?: string;
  /** 外部品牌id,brandId与out_brand_id不可同时为空 */
  out_brand_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.point.cal`. */
export interface AlibabaAlscCrmPointCalCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 业务结果 */
  result?: AlibabaAlscCrmPointCalDuductedMoneyOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `DuductedMoneyOpenInfo` of `alibaba.alsc.crm.point.cal`. */
export interface AlibabaAlscCrmPointCalDuductedMoneyOpenInfo {
  /** 消耗的积分 */
  consume_point?: Int64;
  /** 抵扣的金额,单位为分 */
  deducted_money?: Int64;
  /** 是否删除 */
  deleted?: boolean;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
}

const REQUEST_SCHEMA = {
  param_calculate_deducted_money_open_req: {
    brand_id: 'String',
    consume_point: 'Number',
    customer_id: 'String',
    shop_id: 'String',
    out_shop_id: 'String',
    out_brand_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      consume_point: 'Number',
      deducted_money: 'Number',
      deleted: 'Boolean',
      gmt_create: 'Date',
      gmt_modified: 'Date',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.point.cal`: method, response root, request and response schemas. */
export const alibabaAlscCrmPointCalOperation = {
  method: 'alibaba.alsc.crm.point.cal',
  responseRoot: 'alibaba_alsc_crm_point_cal_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 计算积分可以抵扣的金额 — calls TOP method `alibaba.alsc.crm.point.cal`.
 *
 * 计算积分可以抵扣的金额
 * 积分的抵扣为区间型
 * 如抵扣规则为100积分抵扣50元，则输入消费120积分的话，回返回消费100积分抵扣50元
 * 这里为纯计算逻辑，不会校验用户是否有足够的可用积分进行抵扣
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmPointCal(
  client: TopClient,
  request: AlibabaAlscCrmPointCalRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmPointCalResponse> {
  return client.call<AlibabaAlscCrmPointCalResponse>(
    {
      method: 'alibaba.alsc.crm.point.cal',
      responseRoot: 'alibaba_alsc_crm_point_cal_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
