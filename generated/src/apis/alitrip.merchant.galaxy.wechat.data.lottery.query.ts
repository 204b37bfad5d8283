// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.wechat.data.lottery.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.wechat.data.lottery.query` (抽奖用户名单查询接口). */
export interface AlitripMerchantGalaxyWechatDataLotteryQueryRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 查询抽奖用户数据入参 */
  query_lottery_data_d_t_o?: AlitripMerchantGalaxyWechatDataLotteryQueryQueryLotteryDataDTOInput;
}

/** Response of `alitrip.merchant.galaxy.wechat.data.lottery.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyWechatDataLotteryQueryResponse {
  /** 返回结果 */
  result?: AlitripMerchantGalaxyWechatDataLotteryQueryPageableResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryLotteryDataDTO` of `alitrip.merchant.galaxy.wechat.data.lottery.query`. */
export interface AlitripMerchantGalaxyWechatDataLotteryQueryQueryLotteryDataDTOInput {
  /** 查询开始时间 */
  operation_start_time?: string;
  /** 查询结束时间 */
  operation_end_time?: string;
  /** 操作类型 */
  operation_type?: string;
  /** 页数 */
  page_no?: Int64Input;
  /** 单页数量 */
  page_size?: Int64Input;
}

/** `PageableResponse` of `alitrip.merchant.galaxy.wechat.data.lottery.query`. */
export interface AlitripMerchantGalaxyWechatDataLotteryQueryPageableResponse {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误内容描述 */
  error_msg?: string;
  /** 查询抽奖用户数据集合 */
  content?: AlitripMerchantGalaxyWechatDataLotteryQueryLotteryDataVO[];
  /** 页数 */
  page_no?: Int64;
  /** 每页数量 */
  page_size?: Int64;
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 总页数 */
  total_page_num?: Int64;
  /** 总数 */
  total_count?: Int64;
}

/** `LotteryDataVO` of `alitrip.merchant.galaxy.wechat.data.lottery.query`. */
export interface AlitripMerchantGalaxyWechatDataLotteryQueryLotteryDataVO {
  /** 用户微信Open_ID */
  open_id?: string;
  /** 用户微信Union_ID */
  union_id?: string;
  /** 雅高会员Pmid */
  pm_id?: string;
  /** 会员卡号 */
  card_number?: string;
  /** 注册时间 */
  operate_time?: string;
  /** 用户注册信息(注册渠道) */
  remark?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  query_lottery_data_d_t_o: {
    operation_start_time: 'String',
    operation_end_time: 'String',
    operation_type: 'String',
    page_no: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: [
      {
        open_id: 'String',
        union_id: 'String',
        pm_id: 'String',
        card_number: 'String',
        operate_time: 'String',
        remark: 'String',
      },
    ],
    page_no: 'Number',
    page_size: 'Number',
    has_next_page: 'Boolean',
    total_page_num: 'Number',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.wechat.data.lottery.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyWechatDataLotteryQueryOperation = {
  method: 'alitrip.merchant.galaxy.wechat.data.lottery.query',
  responseRoot: 'alitrip_merchant_galaxy_wechat_data_lottery_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 抽奖用户名单查询接口 — calls TOP method `alitrip.merchant.galaxy.wechat.data.lottery.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyWechatDataLotteryQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyWechatDataLotteryQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyWechatDataLotteryQueryResponse> {
  return client.call<AlitripMerchantGalaxyWechatDataLotteryQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.wechat.data.lottery.query',
      responseRoot: 'alitrip_merchant_galaxy_wechat_data_lottery_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
