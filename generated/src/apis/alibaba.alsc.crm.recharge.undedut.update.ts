// Generated from specs/alsc/alibaba.alsc.crm.recharge.undedut.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.recharge.undedut.update` (储值消费退款(逆向)). */
export interface AlibabaAlscCrmRechargeUndedutUpdateRequest {
  /** 入参 */
  param_undedut_open_req?: AlibabaAlscCrmRechargeUndedutUpdateUndedutOpenReqInput;
}

/** Response of `alibaba.alsc.crm.recharge.undedut.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRechargeUndedutUpdateResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRechargeUndedutUpdateCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UndedutOpenReq` of `alibaba.alsc.crm.recharge.undedut.update`. */
export interface AlibabaAlscCrmRechargeUndedutUpdateUndedutOpenReqInput {
  /** 品牌ID(不能和outbrandid同时为空) */
  brand_id?: string;
  /** 卡ID，礼品卡或会员卡Id */
  card_id?: string;
  /** 会员ID */
  customer_id?: string;
  /** 外部反核销交易订单号(外部调用方保证在isv内部是唯一，可以是paymentItemId) */
  new_outer_order_id: string;
  /** 操作人ID */
  operator_id: string;
  /** 外部核销交易单号id(外部调用方保证在isv内部是唯一，可以是paymentItemId) */
  outer_order_id: string;
  /** 备注 */
  remark?: string;
  /** 请求id，用来做幂等 */
  request_id: string;
  /** 门店ID(不能和outshopid同时为空) */
  shop_id?: string;
  /** 当vlaue不传时，就是退整单金额 */
  value?: Int64Input;
  /** 外部门店ID(不能和shopid同时为空) */
  out_shop_id?: string;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
  /** CS是辰森，KRY是客如云 */
  biz_channel: string;
}

/** `CommonResult` of `alibaba.alsc.crm.recharge.undedut.update`. */
export interface AlibabaAlscCrmRechargeUndedutUpdateCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 业务参数 */
  result?: AlibabaAlscCrmRechargeUndedutUpdateRechargeAccountFlowDetailOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `RechargeAccountFlowDetailOpenInfo` of `alibaba.alsc.crm.recharge.undedut.update`. */
export interface AlibabaAlscCrmRechargeUndedutUpdateRechargeAccountFlowDetailOpenInfo {
  /** 储值账户id */
  account_id?: string;
  /** 操作储值资产信息列表 */
  affected_property_list?: AlibabaAlscCrmRechargeUndedutUpdateRechargeAccountPropertyOpenInfo[];
  /** 操作后储值资产信息列表 */
  after_property_list?: AlibabaAlscCrmRechargeUndedutUpdateRechargeAccountPropertyOpenInfo[];
  /** 操作前储值资产信息列表 */
  before_property_list?: AlibabaAlscCrmRechargeUndedutUpdateRechargeAccountPropertyOpenInfo[];
  /** 品牌Id */
  brand_id?: string;
  /** 交易后剩余总金额 */
  current_value?: Int64;
  /** 扩展信息 */
  ext_info?: AlibabaAlscCrmRechargeUndedutUpdateExtinfo;
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
  /** 理由 */
  remark?: string;
  /** 交易门店ID */
  shop_id?: string;
  /** 交易门店名称 */
  shop_name?: string;
}

/** `RechargeAccountPropertyOpenInfo` of `alibaba.alsc.crm.recharge.undedut.update`. */
export interface AlibabaAlscCrmRechargeUndedutUpdateRechargeAccountPropertyOpenInfo {
  /** 账户类型 */
  type?: string;
  /** 账户值 */
  value?: Int64;
}

/** `Extinfo` of `alibaba.alsc.crm.recharge.undedut.update`. */
export interface AlibabaAlscCrmRechargeUndedutUpdateExtinfo {
  /** null */
  empty?: boolean;
}

const REQUEST_SCHEMA = {
  param_undedut_open_req: {
    brand_id: 'String',
    card_id: 'String',
    customer_id: 'String',
    new_outer_order_id: 'String',
    operator_id: 'String',
    outer_order_id: 'String',
    remark: 'String',
    request_id: 'String',
    shop_id: 'String',
    value: 'Number',
    out_shop_id: 'String',
    out_brand_id: 'String',
    biz_channel: 'String',
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

/** Static description of `alibaba.alsc.crm.recharge.undedut.update`: method, response root, request and response schemas. */
export const alibabaAlscCrmRechargeUndedutUpdateOperation = {
  method: 'alibaba.alsc.crm.recharge.undedut.update',
  responseRoot: 'alibaba_alsc_crm_recharge_undedut_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 储值消费退款(逆向) — calls TOP method `alibaba.alsc.crm.recharge.undedut.update`.
 *
 * 新增储值消费退款接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRechargeUndedutUpdate(
  client: TopClient,
  request: AlibabaAlscCrmRechargeUndedutUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmRechargeUndedutUpdateResponse> {
  return client.call<AlibabaAlscCrmRechargeUndedutUpdateResponse>(
    {
      method: 'alibaba.alsc.crm.recharge.undedut.update',
      responseRoot: 'alibaba_alsc_crm_recharge_undedut_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
