// Generated from specs/alsc/alibaba.alsc.crm.recharge.uncharge.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.recharge.uncharge.update` (充值退款). */
export interface AlibabaAlscCrmRechargeUnchargeUpdateRequest {
  /** 入参 */
  param_uncharge_open_req: AlibabaAlscCrmRechargeUnchargeUpdateUnchargeOpenReqInput;
}

/** Response of `alibaba.alsc.crm.recharge.uncharge.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRechargeUnchargeUpdateResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRechargeUnchargeUpdateCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UnchargeOpenReq` of `alibaba.alsc.crm.recharge.uncharge.update`. */
export interface AlibabaAlscCrmRechargeUnchargeUpdateUnchargeOpenReqInput {
  /** SaaS品牌ID(不能和outbrandid同时为空) */
  brand_id?: string;
  /** 卡号 */
  card_id?: string;
  /** 操作人ID(SaaS Id） */
  operator_id: string;
  /** 退储值订单Id，必填（kry是paymentItemId）,外部保证唯一，作为退款幂等号 */
  outer_order_id: string;
  /** 备注 */
  remark?: string;
  /** SaaS门店ID(不能和outshopid同时为空) */
  shop_id?: string;
  /** 原充值订单Id，必填（kry是srcPaymentItemId） */
  src_outer_order_id: string;
  /** 外部门店ID(不能和sopid同时为空) */
  out_shop_id?: string;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
  /** 请求id，幂等 */
  request_id: string;
  /** CS是辰森，KRY是客如云 */
  biz_channel: string;
  /** 原支付单号 */
  src_out_pay_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.recharge.uncharge.update`. */
export interface AlibabaAlscCrmRechargeUnchargeUpdateCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 返回结果 */
  result?: AlibabaAlscCrmRechargeUnchargeUpdateRechargeAccountFlowDetailOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `RechargeAccountFlowDetailOpenInfo` of `alibaba.alsc.crm.recharge.uncharge.update`. */
export interface AlibabaAlscCrmRechargeUnchargeUpdateRechargeAccountFlowDetailOpenInfo {
  /** 储值账户id */
  account_id?: string;
  /** 操作储值资产信息列表 */
  affected_property_list?: AlibabaAlscCrmRechargeUnchargeUpdateRechargeAccountPropertyOpenInfo[];
  /** 操作后储值资产信息列表 */
  after_property_list?: AlibabaAlscCrmRechargeUnchargeUpdateRechargeAccountPropertyOpenInfo[];
  /** 操作前储值资产信息列表 */
  before_property_list?: AlibabaAlscCrmRechargeUnchargeUpdateRechargeAccountPropertyOpenInfo[];
  /** 品牌Id */
  brand_id?: string;
  /** 交易后剩余总金额 */
  current_value?: Int64;
  /** 扩展信息 */
  ext_info?: AlibabaAlscCrmRechargeUnchargeUpdateExtinfo;
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

/** `RechargeAccountPropertyOpenInfo` of `alibaba.alsc.crm.recharge.uncharge.update`. */
export interface AlibabaAlscCrmRechargeUnchargeUpdateRechargeAccountPropertyOpenInfo {
  /** 账户类型 */
  type?: string;
  /** 账户值 */
  value?: Int64;
}

/** `Extinfo` of `alibaba.alsc.crm.recharge.uncharge.update`. */
export interface AlibabaAlscCrmRechargeUnchargeUpdateExtinfo {
  /** null */
  empty?: boolean;
}

const REQUEST_SCHEMA = {
  param_uncharge_open_req: {
    brand_id: 'String',
    card_id: 'String',
    operator_id: 'String',
    outer_order_id: 'String',
    remark: 'String',
    shop_id: 'String',
    src_outer_order_id: 'String',
    out_shop_id: 'String',
    out_brand_id: 'String',
    request_id: 'String',
    biz_channel: 'String',
    src_out_pay_id: 'String',
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

/** Static description of `alibaba.alsc.crm.recharge.uncharge.update`: method, response root, request and response schemas. */
export const alibabaAlscCrmRechargeUnchargeUpdateOperation = {
  method: 'alibaba.alsc.crm.recharge.uncharge.update',
  responseRoot: 'alibaba_alsc_crm_recharge_uncharge_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 充值退款 — calls TOP method `alibaba.alsc.crm.recharge.uncharge.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRechargeUnchargeUpdate(
  client: TopClient,
  request: AlibabaAlscCrmRechargeUnchargeUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmRechargeUnchargeUpdateResponse> {
  return client.call<AlibabaAlscCrmRechargeUnchargeUpdateResponse>(
    {
      method: 'alibaba.alsc.crm.recharge.uncharge.update',
      responseRoot: 'alibaba_alsc_crm_recharge_uncharge_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
