// Generated from specs/alsc/alibaba.alsc.crm.recharge.charge.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.recharge.charge.update` (储值充值). */
export interface AlibabaAlscCrmRechargeChargeUpdateRequest {
  /** 入参 */
  param_recharge_open_req: AlibabaAlscCrmRechargeChargeUpdateRechargeOpenReqInput;
}

/** Response of `alibaba.alsc.crm.recharge.charge.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRechargeChargeUpdateResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRechargeChargeUpdateCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RechargeOpenReq` of `alibaba.alsc.crm.recharge.charge.update`. */
export interface AlibabaAlscCrmRechargeChargeUpdateRechargeOpenReqInput {
  /** 时间，选填，不填就以平台为准 */
  biz_date?: DateInput;
  /** 卡Id，礼品卡或会员卡Id */
  card_id: string;
  /** 充值类型，必填 */
  charge_type: string;
  /** 赠储值 */
  gift_value?: Int64Input;
  /** SaaS品牌ID(不能和outbrandid同时为空) */
  brand_id?: string;
  /** 操作人ID(SaaS Id) */
  operator_id: string;
  /** SaaS门店ID(不能和outshopid同时为空) */
  shop_id?: string;
  /** 外部交易单号id(外部调用方保证在isv内部是唯一，可以是paymentItemId) */
  outer_order_id: string;
  /** 预储 */
  pre_value?: Int64Input;
  /** 实储值 */
  real_value?: Int64Input;
  /** 备注 */
  remark?: string;
  /** 幂等号 */
  request_id: string;
  /** 是否触发储值赠送，必填 1. true：触发赠送，realValue必填 2. false：不触发赠送，realValue和giftValue必填 */
  trigger_gift: boolean;
  /** 外部支付单id */
  out_pay_id?: string;
  /** 外部门店id(不能和shopid同时为空) */
  out_shop_id?: string;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
  /** CS是辰森，KRY是客如云 */
  biz_channel: string;
  /** 支付方式需要按照标准格式传入 */
  ext_info?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.recharge.charge.update`. */
export interface AlibabaAlscCrmRechargeChargeUpdateCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 业务数据 */
  result?: AlibabaAlscCrmRechargeChargeUpdateRechargeAccountFlowDetailOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `RechargeAccountFlowDetailOpenInfo` of `alibaba.alsc.crm.recharge.charge.update`. */
export interface AlibabaAlscCrmRechargeChargeUpdateRechargeAccountFlowDetailOpenInfo {
  /** 储值账户id */
  account_id?: string;
  /** 操作储值资产信息列表 */
  affected_property_list?: AlibabaAlscCrmRechargeChargeUpdateRechargeAccountPropertyOpenInfo[];
  /** 操作后储值资产信息列表 */
  after_property_list?: AlibabaAlscCrmRechargeChargeUpdateRechargeAccountPropertyOpenInfo[];
  /** 操作前储值资产信息列表 */
  before_property_list?: AlibabaAlscCrmRechargeChargeUpdateRechargeAccountPropertyOpenInfo[];
  /** 品牌Id */
  brand_id?: string;
  /** 交易后剩余总金额 */
  current_value?: Int64;
  /** 扩展信息 */
  ext_info?: AlibabaAlscCrmRechargeChargeUpdateExtinfo;
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
  /** 交易总金额，增加为正数，减少为负数 */
  order_value?: Int64;
  /** 外部交易单号id */
  outer_order_id?: string;
  /** 备注 */
  remark?: string;
  /** 交易门店ID */
  shop_id?: string;
  /** 交易门店名称 */
  shop_name?: string;
}

/** `RechargeAccountPropertyOpenInfo` of `alibaba.alsc.crm.recharge.charge.update`. */
export interface AlibabaAlscCrmRechargeChargeUpdateRechargeAccountPropertyOpenInfo {
  /** 账户类型 */
  type?: string;
  /** 账户值 */
  value?: Int64;
}

/** `Extinfo` of `alibaba.alsc.crm.recharge.charge.update`. */
export interface AlibabaAlscCrmRechargeChargeUpdateExtinfo {
  /** 1 */
  empty?: boolean;
}

const REQUEST_SCHEMA = {
  param_recharge_open_req: {
    biz_date: 'Date',
    card_id: 'String',
    charge_type: 'String',
    gift_value: 'Number',
    brand_id: 'String',
    operator_id: 'String',
    shop_id: 'String',
    outer_order_id: 'String',
    pre_value: 'Number',
    real_value: 'Number',
    remark: 'String',
    request_id: 'String',
    trigger_gift: 'Boolean',
    out_pay_id: 'String',
    out_shop_id: 'String',
    out_brand_id: 'String',
    biz_channel: 'String',
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

/** Static description of `alibaba.alsc.crm.recharge.charge.update`: method, response root, request and response schemas. */
export const alibabaAlscCrmRechargeChargeUpdateOperation = {
  method: 'alibaba.alsc.crm.recharge.charge.update',
  responseRoot: 'alibaba_alsc_crm_recharge_charge_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 储值充值 — calls TOP method `alibaba.alsc.crm.recharge.charge.update`.
 *
 * 顾客储值账户充值
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRechargeChargeUpdate(
  client: TopClient,
  request: AlibabaAlscCrmRechargeChargeUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmRechargeChargeUpdateResponse> {
  return client.call<AlibabaAlscCrmRechargeChargeUpdateResponse>(
    {
      method: 'alibaba.alsc.crm.recharge.charge.update',
      responseRoot: 'alibaba_alsc_crm_recharge_charge_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
