// Generated from specs/tmallservice/tmall.msd.claim.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.msd.claim.query` (查询待理赔工单数据接口). */
export interface TmallMsdClaimQueryRequest {
  /** 工单id */
  workcard_id?: Int64Input;
  /** 淘宝交易订单号，实物子订单 */
  biz_order_id?: Int64Input;
  /** 当前页数 */
  page_index?: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
  /** 交易服务订单号 */
  service_order_id?: Int64Input;
}

/** Response of `tmall.msd.claim.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMsdClaimQueryResponse {
  /** 请求结果 */
  result?: TmallMsdClaimQueryPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageResult` of `tmall.msd.claim.query`. */
export interface TmallMsdClaimQueryPageResult {
  /** 错误信息 */
  msg_info?: string;
  /** 总数 */
  total_count?: Int64;
  /** 分页数据 */
  result_data?: TmallMsdClaimQuerySscClaimInfoDTO[];
  /** 当前页数 */
  page_index?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 每页大小 */
  page_size?: Int64;
}

/** `SscClaimInfoDTO` of `tmall.msd.claim.query`. */
export interface TmallMsdClaimQuerySscClaimInfoDTO {
  /** 工单id */
  workcard_id?: Int64;
  /** 保单号 */
  insurance_order_no?: string;
  /** 淘宝交易实物子订单 */
  biz_order_id?: Int64;
  /** 服务订单编号 */
  service_order_id?: Int64;
  /** 服务产品 */
  service_name?: string;
  /** 商品id */
  auction_id?: Int64;
  /** 商品名称 */
  auction_name?: string;
  /** 服务单id */
  sp_service_order_id?: Int64;
  /** 商品skuid */
  auction_sku_id?: Int64;
  /** 商品sku描述 */
  auction_sku_desc?: string;
  /** 服务sku描述 */
  sku_desc?: string;
  /** 工单创建时间 */
  gmt_create_workcard?: string;
  /** 工单完成时间 */
  completion_date?: string;
  /** 问题描述、故障位置、故障判断 */
  problem_desc?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** sn */
  sn?: string;
  /** 理赔金额（分) */
  claim_fee?: Int64;
  /** 被保人 */
  recognizee?: string;
  /** 被保人社会统一号 */
  recognizee_unity_number?: string;
  /** 扩展属性 map的json格式 */
  task_attribute?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  biz_order_id: 'Number',
  page_index: 'Number',
  page_size: 'Number',
  service_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    total_count: 'Number',
    result_data: [
      {
        workcard_id: 'Number',
        insurance_order_no: 'String',
        biz_order_id: 'Number',
        service_order_id: 'Number',
        service_name: 'String',
        auction_id: 'Number',
        auction_name: 'String',
        sp_service_order_id: 'Number',
        auction_sku_id: 'Number',
        auction_sku_desc: 'String',
        sku_desc: 'String',
        gmt_create_workcard: 'Date',
        completion_date: 'Date',
        problem_desc: 'String',
        buyer_nick: 'String',
        sn: 'String',
        claim_fee: 'Number',
        recognizee: 'String',
        recognizee_unity_number: 'String',
        task_attribute: 'String',
      },
    ],
    page_index: 'Number',
    success: 'Boolean',
    msg_code: 'String',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.msd.claim.query`: method, response root, request and response schemas. */
export const tmallMsdClaimQueryOperation = {
  method: 'tmall.msd.claim.query',
  responseRoot: 'tmall_msd_claim_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询待理赔工单数据接口 — calls TOP method `tmall.msd.claim.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMsdClaimQuery(
  client: TopClient,
  request: TmallMsdClaimQueryRequest = {},
  options?: CallOptions,
): Promise<TmallMsdClaimQueryResponse> {
  return client.call<TmallMsdClaimQueryResponse>(
    {
      method: 'tmall.msd.claim.query',
      responseRoot: 'tmall_msd_claim_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
