// Generated from specs/alsc/alibaba.alsc.crm.recharge.account.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.recharge.account.get` (查询储值账户信息). */
export interface AlibabaAlscCrmRechargeAccountGetRequest {
  /** 入参 */
  param_query_recharge_account_open_req?: AlibabaAlscCrmRechargeAccountGetQueryRechargeAccountOpenReqInput;
}

/** Response of `alibaba.alsc.crm.recharge.account.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRechargeAccountGetResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRechargeAccountGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryRechargeAccountOpenReq` of `alibaba.alsc.crm.recharge.account.get`. */
export interface AlibabaAlscCrmRechargeAccountGetQueryRechargeAccountOpenReqInput {
  /** 账户Id，如果有，则查询单个账户 */
  account_id?: string;
  /** 品牌ID(不能和outbrandid同时为空) */
  brand_id?: string;
  /** 卡Id，POS下查询会员卡/礼品卡在门店下储值账户 */
  card_id?: string;
  /** 会员Id,查询会员下所有储值账户 */
  customer_id?: string;
  /** 门店ID(不能和outshopid同时为空)) */
  shop_id?: string;
  /** 外部门店ID(不能和shopid同时为空) */
  out_shop_id?: string;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.recharge.account.get`. */
export interface AlibabaAlscCrmRechargeAccountGetCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 业务参数 */
  result?: AlibabaAlscCrmRechargeAccountGetRechargeAccountOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `RechargeAccountOpenInfo` of `alibaba.alsc.crm.recharge.account.get`. */
export interface AlibabaAlscCrmRechargeAccountGetRechargeAccountOpenInfo {
  /** 账户id */
  account_id?: string;
  /** crm卡实例id */
  card_id?: string;
  /** 账户所属顾客id，如果是会员卡，不为空 */
  customer_id?: string;
  /** 是否删除 */
  deleted?: boolean;
  /** 账户赠储余额 */
  gift_value?: Int64;
  /** 累计账户赠储余额 */
  gift_value_total?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 关联的运营方案id */
  opt_plan_id?: string;
  /** 账户预储余额 */
  pre_value?: Int64;
  /** 累计账户预储余额 */
  pre_value_total?: Int64;
  /** 账户实储余额 */
  real_value?: Int64;
  /** 累计账户实储余额 */
  real_value_total?: Int64;
  /** 可用余额 */
  usable_value?: Int64;
}

const REQUEST_SCHEMA = {
  param_query_recharge_account_open_req: {
    account_id: 'String',
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
    result: {
      account_id: 'String',
      card_id: 'String',
      customer_id: 'String',
      deleted: 'Boolean',
      gift_value: 'Number',
      gift_value_total: 'Number',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      opt_plan_id: 'String',
      pre_value: 'Number',
      pre_value_total: 'Number',
      real_value: 'Number',
      real_value_total: 'Number',
      usable_value: 'Number',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.recharge.account.get`: method, response root, request and response schemas. */
export const alibabaAlscCrmRechargeAccountGetOperation = {
  method: 'alibaba.alsc.crm.recharge.account.get',
  responseRoot: 'alibaba_alsc_crm_recharge_account_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询储值账户信息 — calls TOP method `alibaba.alsc.crm.recharge.account.get`.
 *
 * 查询储值账户信息接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRechargeAccountGet(
  client: TopClient,
  request: AlibabaAlscCrmRechargeAccountGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmRechargeAccountGetResponse> {
  return client.call<AlibabaAlscCrmRechargeAccountGetResponse>(
    {
      method: 'alibaba.alsc.crm.recharge.account.get',
      responseRoot: 'alibaba_alsc_crm_recharge_account_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
