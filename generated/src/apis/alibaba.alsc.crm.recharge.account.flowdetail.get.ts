// Generated from specs/alsc/alibaba.alsc.crm.recharge.account.flowdetail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.recharge.account.flowdetail.get` (储值流水详细). */
export interface AlibabaAlscCrmRechargeAccountFlowdetailGetRequest {
  /** 入参 */
  param_query_recharge_account_flow_open_req?: AlibabaAlscCrmRechargeAccountFlowdetailGetQueryRechargeAccountFlowOpenReqInput;
}

/** Response of `alibaba.alsc.crm.recharge.account.flowdetail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRechargeAccountFlowdetailGetResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmRechargeAccountFlowdetailGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryRechargeAccountFlowOpenReq` of `alibaba.alsc.crm.recharge.account.flowdetail.get`. */
export interface AlibabaAlscCrmRechargeAccountFlowdetailGetQueryRechargeAccountFlowOpenReqInput {
  /** 品牌ID(不能和outbrandid同时为空) */
  brand_id?: string;
  /** 流水Id */
  flow_id?: string;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
  /** 外部订单ID，和流水ID必传一 */
  outer_order_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.recharge.account.flowdetail.get`. */
export interface AlibabaAlscCrmRechargeAccountFlowdetailGetCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 业务数据 */
  result?: AlibabaAlscCrmRechargeAccountFlowdetailGetRechargeAccountFlowDetailOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `RechargeAccountFlowDetailOpenInfo` of `alibaba.alsc.crm.recharge.account.flowdetail.get`. */
export interface AlibabaAlscCrmRechargeAccountFlowdetailGetRechargeAccountFlowDetailOpenInfo {
  /** 储值账户id */
  account_id?: string;
  /** 操作储值资产信息列表 */
  affected_property_list?: AlibabaAlscCrmRechargeAccountFlowdetailGetRechargeAccountPropertyOpenInfo[];
  /** 操作后储值资产信息列表 */
  after_property_list?: AlibabaAlscCrmRechargeAccountFlowdetailGetRechargeAccountPropertyOpenInfo[];
  /** 操作前储值资产信息列表 */
  before_property_list?: AlibabaAlscCrmRechargeAccountFlowdetailGetRechargeAccountPropertyOpenInfo[];
  /** 品牌Id */
  brand_id?: string;
  /** 交易后剩余总金额 */
  current_value?: Int64;
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
  /** 卡ID */
  card_id?: string;
  /** 原支付单号 */
  outer_pay_id?: string;
  /** 扩展信息 */
  ext_info?: string;
}

/** `RechargeAccountPropertyOpenInfo` of `alibaba.alsc.crm.recharge.account.flowdetail.get`. */
export interface AlibabaAlscCrmRechargeAccountFlowdetailGetRechargeAccountPropertyOpenInfo {
  /** 账户类型 */
  type?: string;
  /** 账户值 */
  value?: Int64;
}

const REQUEST_SCHEMA = {
  param_query_recharge_account_flow_open_req: {
    brand_id: 'String',
    flow_id: 'String',
    out_brand_id: 'String',
    outer_order_id: 'String',
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
      card_id: 'String',
      outer_pay_id: 'String',
      ext_info: 'String',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.recharge.account.flowdetail.get`: method, response root, request and response schemas. */
export const alibabaAlscCrmRechargeAccountFlowdetailGetOperation = {
  method: 'alibaba.alsc.crm.recharge.account.flowdetail.get',
  responseRoot: 'alibaba_alsc_crm_recharge_account_flowdetail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 储值流水详细 — calls TOP method `alibaba.alsc.crm.recharge.account.flowdetail.get`.
 *
 * 查询储值流水详细接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRechargeAccountFlowdetailGet(
  client: TopClient,
  request: AlibabaAlscCrmRechargeAccountFlowdetailGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmRechargeAccountFlowdetailGetResponse> {
  return client.call<AlibabaAlscCrmRechargeAccountFlowdetailGetResponse>(
    {
      method: 'alibaba.alsc.crm.recharge.account.flowdetail.get',
      responseRoot: 'alibaba_alsc_crm_recharge_account_flowdetail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
