// Generated from specs/alsc/alibaba.alsc.crm.recharge.accountflows.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.recharge.accountflows.get` (分页查询储值流水). */
export interface AlibabaAlscCrmRechargeAccountflowsGetRequest {
  /** 入参 */
  param_page_query_account_flows_open_req?: AlibabaAlscCrmRechargeAccountflowsGetPageQueryAccountFlowsOpenReqInput;
}

/** Response of `alibaba.alsc.crm.recharge.accountflows.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmRechargeAccountflowsGetResponse {
  /** 分页返回模型 */
  result?: AlibabaAlscCrmRechargeAccountflowsGetCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageQueryAccountFlowsOpenReq` of `alibaba.alsc.crm.recharge.accountflows.get`. */
export interface AlibabaAlscCrmRechargeAccountflowsGetPageQueryAccountFlowsOpenReqInput {
  /** 品牌ID(不能和outbrandid同时为空) */
  brand_id?: string;
  /** 卡id */
  card_id?: string;
  /** 会员id */
  customer_id?: string;
  /** 结束时间 */
  end_time?: DateInput;
  /** 流水类型 */
  flow_types?: string;
  /** 外部订单ID */
  out_order_id?: string;
  /** 外部品牌ID(不能和brandid同时为空) */
  out_brand_id?: string;
  /** 外部门店ID(不能和shopid同时为空) */
  out_shop_id?: string;
  /** 第几页,从1开始计数 */
  page_no: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
  /** 门店ID(不能和outshopid同时为空) */
  shop_id?: string;
  /** 开始时间 */
  start_time?: DateInput;
  /** CS是辰森，KRY是客如云 */
  biz_channel?: string;
}

/** `CommonPageResult` of `alibaba.alsc.crm.recharge.accountflows.get`. */
export interface AlibabaAlscCrmRechargeAccountflowsGetCommonPageResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 当前页码（原样传出） */
  current_page?: Int64;
  /** 当前每页显示数量（原样传出） */
  page_size?: Int64;
  /** 业务参数 */
  result_list?: AlibabaAlscCrmRechargeAccountflowsGetPageQueryAccountFlowsOpenInfo[];
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
  /** 总共记录数 */
  total_size?: Int64;
}

/** `PageQueryAccountFlowsOpenInfo` of `alibaba.alsc.crm.recharge.accountflows.get`. */
export interface AlibabaAlscCrmRechargeAccountflowsGetPageQueryAccountFlowsOpenInfo {
  /** 储值账户id */
  account_id?: string;
  /** 创建者 */
  create_by?: string;
  /** 交易后剩余总金额 */
  current_value?: Int64;
  /** 是否删除 */
  deleted?: boolean;
  /** 储值账户流水id */
  flow_id?: string;
  /** 储值相关的交易类型 */
  flow_type?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
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
  /** 更新者 */
  update_by?: string;
  /** 赠送金额 */
  gift_value?: Int64;
  /** 外部支付订单id */
  outer_pay_id?: string;
  /** 支付方式需要按照标准格式传入 */
  ext_info?: string;
}

const REQUEST_SCHEMA = {
  param_page_query_account_flows_open_req: {
    brand_id: 'String',
    card_id: 'String',
    customer_id: 'String',
    end_time: 'Date',
    flow_types: 'String',
    out_order_id: 'String',
    out_brand_id: 'String',
    out_shop_id: 'String',
    page_no: 'Number',
    page_size: 'Number',
    shop_id: 'String',
    start_time: 'Date',
    biz_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    current_page: 'Number',
    page_size: 'Number',
    result_list: [
      {
        account_id: 'String',
        create_by: 'String',
        current_value: 'Number',
        deleted: 'Boolean',
        flow_id: 'String',
        flow_type: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        operator: 'String',
        operator_name: 'String',
        order_src: 'Number',
        order_time: 'Date',
        order_value: 'Number',
        outer_order_id: 'String',
        remark: 'String',
        shop_id: 'String',
        shop_name: 'String',
        update_by: 'String',
        gift_value: 'Number',
        outer_pay_id: 'String',
        ext_info: 'String',
      },
    ],
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    total_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.recharge.accountflows.get`: method, response root, request and response schemas. */
export const alibabaAlscCrmRechargeAccountflowsGetOperation = {
  method: 'alibaba.alsc.crm.recharge.accountflows.get',
  responseRoot: 'alibaba_alsc_crm_recharge_accountflows_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询储值流水 — calls TOP method `alibaba.alsc.crm.recharge.accountflows.get`.
 *
 * 增加分页查询储值流水接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmRechargeAccountflowsGet(
  client: TopClient,
  request: AlibabaAlscCrmRechargeAccountflowsGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmRechargeAccountflowsGetResponse> {
  return client.call<AlibabaAlscCrmRechargeAccountflowsGetResponse>(
    {
      method: 'alibaba.alsc.crm.recharge.accountflows.get',
      responseRoot: 'alibaba_alsc_crm_recharge_accountflows_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
