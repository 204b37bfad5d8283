// Generated from specs/alsc/alibaba.alsc.crm.recharge.dedut.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.recharge.dedut.update` (储值消费). */
export interface AlibabaAlscCrmRechargeDedutUpdateRequest {
  /** 入参 */
  param_dedut_open_req?: AlibabaAlscCrmRechargeDedutUpdateDedutOpenReqInput;
}

/** Response of `alibaba.alsc.crm.recharge.dedut.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRechargeDedutUpdateResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRechargeDedutUpdateCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DedutOpenReq` of `alibaba.alsc.crm.recharge.dedut.update`. */
export interface AlibabaAlscCrmRechargeDedutUpdateDedutOpenReqInput {
  /** 时间 */
  biz_date?: DateInput;
  /** SaaS品牌ID(不能和outbrandid同时为空) */
  brand_id?: string;
  /** 卡Id，礼品卡或会员卡Id */
  card_id?: string;
  /** 会员 */
  customer_id?: string;
  /** 操作人ID(SaaS Id） */
  operator_id: string;
  /** 外部核销交易单号id(外部调用方保证在isv内部是唯一，可以是paymentItemId) */
  outer_order_id: string;
  /** 备注 */
  remark?: string;
  /** 请求id，用来做幂等 */
  request_id: string;
  /** SaaS门店ID(不能和outshopid同时为空) */
  shop_id?: string;
  /** 核销总资产 */
  value: Int64Input;
  /** CS是辰森，KRY是客如云 */
  biz_channel: string;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
  /** 外部门店ID,和门店ID必传一 */
  out_shop_id?: string;
  /** 自定义参数按照json格式传入 */
  ext_info?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.recharge.dedut.update`. */
export interface AlibabaAlscCrmRechargeDedutUpdateCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 业务参数 */
  result?: AlibabaAlscCrmRechargeDedutUpdateRechargeAccountFlowDetailOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `RechargeAccountFlowDetailOpenInfo` of `alibaba.alsc.crm.recharge.dedut.update`. */
export interface AlibabaAlscCrmRechargeDedutUpdateRechargeAccountFlowDetailOpenInfo {
  /** 储值账户id */
  account_id?: string;
  /** 操作储值资产信息列表 */
  affected_property_list?: AlibabaAlscCrmRechargeDedutUpdateRechargeAccountPropertyOpenInfo[];
  /** 操作后储值资产信息列表 */
  after_property_list?: AlibabaAlscCrmRechargeDedutUpdateRechargeAccountPropertyOpenInfo[];
  /** 操作前储值资产信息列表 */
  before_property_list?: AlibabaAlscCrmRechargeDedutUpdateRechargeAccountPropertyOpenInfo[];
  /** 品牌Id */
  brand_id?: string;
  /** 交易后剩余总金额 */
  current_value?: Int64;
  /** 扩展信息 */
  ext_info?: AlibabaAlscCrmRechargeDedutUpdateExtinfo;
  /** 储值账户流水id */
  flow_id?: string;
  /** 储值相关的交易类型 */
  flow_type?: string;
  /** 操作人ID */
  operator?: string;
  /** 操作人 */
  operator_name?: string;
  /** 外部订单来源 */
  order_src?: Int64;
  /** 交易时间 */
  order_time?: string;
  /** 交易总金额 */
  order_value?: Int64;
  /** 外部交易单号id */
  outer_order_id?: string;
  /** 理由 */
  remark?: string;
  /** 交易门店ID */
  shop_id?: string;
  /** 交易门店名称 */
  shop_name?: string;
}

/** `RechargeAccountPropertyOpenInfo` of `alibaba.alsc.crm.recharge.dedut.update`. */
export interface AlibabaAlscCrmRechargeDedutUpdateRechargeAccountPropertyOpenInfo {
  /** 账户类型 */
  type?: string;
  /** 账户值 */
  value?: Int64;
}

/** `Extinfo` of `alibaba.alsc.crm.recharge.dedut.update`. */
export interface AlibabaAlscCrmRechargeDedutUpdateExtinfo {
  /** null */
  empty?: boolean;
}

const REQUEST_SCHEMA = {
  param_dedut_open_req: {
    biz_date: 'Date',
    brand_id: 'String',
    card_id: 'String',
    customer_id: 'String',
    operator_id: 'String',
    outer_order_id: 'String',
    remark: 'String',
    request_id: 'String',
    shop_id: 'String',
    value: 'Number',
    biz_channel: 'String',
    out_brand_id: 'String',
    out_shop_id: 'String',
    ext_info: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      account_id: 'String',
      affected_property_list: [
        {
          type: 'String',
          value: 'Number',
        },
      ],
      after_property_list: [
        {
          type: 'String',
          value: 'Number',
        },
      ],
      before_property_list: [
        {
          type: 'String',
          value: 'Number',
        },
      ],
      brand_id: 'String',
      current_value: 'Number',
      ext_info: {
        empty: 'Boolean',
      },
      flow_id: 'String',
      flow_type: 'String',
      operator: 'String',
      operator_name: 'String',
      order_src: 'Number',
      order_time: 'Date',
      order_value: 'Number',
      outer_order_id: 'String',
      remark: 'String',
      shop_id: 'String',
      shop_name: 'String',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.recharge.dedut.update`: method, response root, request and response schemas. */
export const alibabaAlscCrmRechargeDedutUpdateOperation = {
  method: 'alibaba.alsc.crm.recharge.dedut.update',
  responseRoot: 'alibaba_alsc_crm_recharge_dedut_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 储值消费 — calls TOP method `alibaba.alsc.crm.recharge.dedut.update`.
 *
 * 增加储值消费接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRechargeDedutUpdate(
  client: TopClient,
  request: AlibabaAlscCrmRechargeDedutUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmRechargeDedutUpdateResponse> {
  return client.call<AlibabaAlscCrmRechargeDedutUpdateResponse>(
    {
      method: 'alibaba.alsc.crm.recharge.dedut.update',
      responseRoot: 'alibaba_alsc_crm_recharge_dedut_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
