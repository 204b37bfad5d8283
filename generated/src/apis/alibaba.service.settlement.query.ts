// Generated from specs/tmallsc/alibaba.service.settlement.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.service.settlement.query` (服务平台结算单明细查询服务). */
export interface AlibabaServiceSettlementQueryRequest {
  /** 账单查询开始时间。格式示例 2019-03-26 17:15:28 */
  gmt_create_start?: DateInput;
  /** 账单查询结束时间，时间区间限制未15分钟。 格式示例 2019-03-26 17:15:28 */
  gmt_create_end?: DateInput;
  /** 当前页面，开始值为1 */
  current_page?: Int64Input;
  /** 页面展示条数大小 */
  page_size?: Int64Input;
  /** 工单ID */
  workcard_id?: Int64Input;
  /** 交易主订单号码 */
  parent_trade_order_id?: Int64Input;
  /** 服务单号 */
  service_order_id?: Int64Input;
  /** 交易实物订单号 */
  master_trade_order_id?: Int64Input;
  /** 交易服务订单号 */
  service_trade_order_id?: Int64Input;
  /** 账单修改开始时间。 */
  gmt_modified_end?: DateInput;
  /** 账单修改结束时间，时间区间限制未15分钟。 */
  gmt_modified_start?: DateInput;
}

/** Response of `alibaba.service.settlement.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServiceSettlementQueryResponse {
  /** 结算明细查询结果 */
  settlement_detail_query_result?: AlibabaServiceSettlementQueryFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `alibaba.service.settlement.query`. */
export interface AlibabaServiceSettlementQueryFulfilplatformResult {
  /** 错误描述 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** true：成功；false：失败 */
  success?: boolean;
  /** 每页数据信息 */
  result_data?: AlibabaServiceSettlementQueryPagedResult;
}

/** `PagedResult` of `alibaba.service.settlement.query`. */
export interface AlibabaServiceSettlementQueryPagedResult {
  /** 总条数 */
  total_count?: Int64;
  /** 每页条数 */
  page_size?: Int64;
  /** 结算明细list */
  data_list?: AlibabaServiceSettlementQueryDatalist[];
}

/** `Datalist` of `alibaba.service.settlement.query`. */
export interface AlibabaServiceSettlementQueryDatalist {
  /** 工单ID */
  workcard_id?: Int64;
  /** 工单多次作业时的批次号 */
  workcard_sequence?: Int64;
  /** 转帐金额，单位分 */
  transfer_amount?: Int64;
  /** 入款方支付宝账号 */
  in_user_alipay_account_id?: string;
  /** 交易服务子订单ID */
  service_trade_order_id?: Int64;
  /** 货币类型 人民币(CNY) */
  currency?: string;
  /** 账单ID */
  id?: string;
  /** 出款方nick */
  out_user_nick?: string;
  /** 触发本次打款的动作类型。serviceOrder-tradeSuccess: 商家扣款到中间账户；serviceOrder-cancel: 退款;huijin-commision: 门店抽佣;huijin-store-transfer: 转账给门店 */
  action?: string;
  /** 出款方支付宝账号 */
  out_user_alipay_account_id?: string;
  /** 入款方nick */
  in_user_nick?: string;
  /** 交易实物订单号 */
  master_trade_order_id?: Int64;
  /** 卖家nick */
  seller_nick?: string;
  /** 出款方用户角色 BUYER:买家 SELLER:卖家, STORE：门店, TP：服务商, PLATFORM：平台 */
  out_user_role?: string;
  /** 状态；销帐：FINISH ;未销账:ONGOING */
  status?: string;
  /** 门店Code */
  service_store_code?: string;
  /** 支付宝交易订单号 */
  alipay_order_id?: string;
  /** 交易主订单号 */
  parent_trade_order_id?: Int64;
  /** 支付时间 */
  pay_time?: string;
  /** 入款方用户角色 BUYER:买家 SELLER:卖家, STORE：门店, TP：服务商, PLATFORM：平台 */
  in_user_role?: string;
  /** 创建时间 */
  create_time?: string;
  /** 服务单号 */
  service_order_id?: Int64;
  /** 门店名称 */
  service_store_name?: string;
  /** 扩展信息；json格式 */
  attributes?: string;
  /** 门店Id */
  service_store_id?: Int64;
  /** 打款备注 */
  comment?: string;
}

const REQUEST_SCHEMA = {
  gmt_create_start: 'Date',
  gmt_create_end: 'Date',
  current_page: 'Number',
  page_size: 'Number',
  workcard_id: 'Number',
  parent_trade_order_id: 'Number',
  service_order_id: 'Number',
  master_trade_order_id: 'Number',
  service_trade_order_id: 'Number',
  gmt_modified_end: 'Date',
  gmt_modified_start: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  settlement_detail_query_result: {
    msg_info: 'String',
    msg_code: 'String',
    success: 'Boolean',
    result_data: {
      total_count: 'Number',
      page_size: 'Number',
      data_list: [
        {
          workcard_id: 'Number',
          workcard_sequence: 'Number',
          transfer_amount: 'Number',
          in_user_alipay_account_id: 'String',
          service_trade_order_id: 'Number',
          currency: 'String',
          id: 'String',
          out_user_nick: 'String',
          action: 'String',
          out_user_alipay_account_id: 'String',
          in_user_nick: 'String',
          master_trade_order_id: 'Number',
          seller_nick: 'String',
          out_user_role: 'String',
          status: 'String',
          service_store_code: 'String',
          alipay_order_id: 'String',
          parent_trade_order_id: 'Number',
          pay_time: 'String',
          in_user_role: 'String',
          create_time: 'String',
          service_order_id: 'Number',
          service_store_name: 'String',
          attributes: 'String',
          service_store_id: 'Number',
          comment: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.service.settlement.query`: method, response root, request and response schemas. */
export const alibabaServiceSettlementQueryOperation = {
  method: 'alibaba.service.settlement.query',
  responseRoot: 'alibaba_service_settlement_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务平台结算单明细查询服务 — calls TOP method `alibaba.service.settlement.query`.
 *
 * 给服务商提供结算单明细查询功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServiceSettlementQuery(
  client: TopClient,
  request: AlibabaServiceSettlementQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaServiceSettlementQueryResponse> {
  return client.call<AlibabaServiceSettlementQueryResponse>(
    {
      method: 'alibaba.service.settlement.query',
      responseRoot: 'alibaba_service_settlement_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
