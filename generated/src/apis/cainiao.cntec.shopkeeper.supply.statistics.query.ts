// Generated from specs/cainiaocntec/cainiao.cntec.shopkeeper.supply.statistics.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cntec.shopkeeper.supply.statistics.query` (团购业务供货商查询门店统计数据). */
export interface CainiaoCntecShopkeeperSupplyStatisticsQueryRequest {
  /** 查询参数 */
  query_activity_dto?: CainiaoCntecShopkeeperSupplyStatisticsQueryQueryActivityDtoInput;
}

/** Response of `cainiao.cntec.shopkeeper.supply.statistics.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCntecShopkeeperSupplyStatisticsQueryResponse {
  /** 返回结果 */
  result?: CainiaoCntecShopkeeperSupplyStatisticsQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryActivityDto` of `cainiao.cntec.shopkeeper.supply.statistics.query`. */
export interface CainiaoCntecShopkeeperSupplyStatisticsQueryQueryActivityDtoInput {
  /** 门店id */
  store_id?: string;
  /** 是否分页 */
  page?: boolean;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 当前页 */
  page_index?: Int64Input;
}

/** `Result` of `cainiao.cntec.shopkeeper.supply.statistics.query`. */
export interface CainiaoCntecShopkeeperSupplyStatisticsQueryResult {
  /** trace_id */
  trace_id?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 门店统计结果 */
  model_list?: CainiaoCntecShopkeeperSupplyStatisticsQueryActivityStatisticsDto[];
  /** 错误信息 */
  error_msg?: string;
  /** 总数量 */
  total_count?: Int64;
  /** 当前页 */
  page_index?: Int64;
  /** 分页大小 */
  page_size?: Int64;
}

/** `ActivityStatisticsDto` of `cainiao.cntec.shopkeeper.supply.statistics.query`. */
export interface CainiaoCntecShopkeeperSupplyStatisticsQueryActivityStatisticsDto {
  /** 箱规 */
  inventory_coefficient?: string;
  /** 总价 */
  totoal_price?: string;
  /** 购买数量 */
  buy_amount?: string;
  /** 单价 */
  price?: string;
  /** 商品标题 */
  title?: string;
  /** 商品编码 */
  product_code?: string;
  /** 驿站名称 */
  station_name?: string;
  /** 驿站id */
  station_id?: string;
  /** 门店名称 */
  store_name?: string;
  /** 门店id */
  store_id?: string;
  /** 活动名称 */
  activity_name?: string;
  /** 营销活动 */
  mkt_activity_type?: string;
  /** 预计到货时间 */
  predict_arrival_time?: string;
}

const REQUEST_SCHEMA = {
  query_activity_dto: {
    store_id: 'String',
    page: 'Boolean',
    page_size: 'Number',
    page_index: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    success: 'Boolean',
    err_code: 'String',
    model_list: [
      {
        inventory_coefficient: 'String',
        totoal_price: 'String',
        buy_amount: 'String',
        price: 'String',
        title: 'String',
        product_code: 'String',
        station_name: 'String',
        station_id: 'String',
        store_name: 'String',
        store_id: 'String',
        activity_name: 'String',
        mkt_activity_type: 'String',
        predict_arrival_time: 'Date',
      },
    ],
    error_msg: 'String',
    total_count: 'Number',
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cntec.shopkeeper.supply.statistics.query`: method, response root, request and response schemas. */
export const cainiaoCntecShopkeeperSupplyStatisticsQueryOperation = {
  method: 'cainiao.cntec.shopkeeper.supply.statistics.query',
  responseRoot: 'cainiao_cntec_shopkeeper_supply_statistics_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 团购业务供货商查询门店统计数据 — calls TOP method `cainiao.cntec.shopkeeper.supply.statistics.query`.
 *
 * 查询门店售卖商品统计数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCntecShopkeeperSupplyStatisticsQuery(
  client: TopClient,
  request: CainiaoCntecShopkeeperSupplyStatisticsQueryRequest = {},
  options?: CallOptions,
): Promise<CainiaoCntecShopkeeperSupplyStatisticsQueryResponse> {
  return client.call<CainiaoCntecShopkeeperSupplyStatisticsQueryResponse>(
    {
      method: 'cainiao.cntec.shopkeeper.supply.statistics.query',
      responseRoot: 'cainiao_cntec_shopkeeper_supply_statistics_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
