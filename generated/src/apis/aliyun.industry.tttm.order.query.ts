// Generated from specs/tttm/aliyun.industry.tttm.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.industry.tttm.order.query` (天天特卖数字工厂订单获取). */
export interface AliyunIndustryTttmOrderQueryRequest {
  /** 订单号 */
  order_id: string;
  /** 外部采购单号 */
  external_id: string;
}

/** Response of `aliyun.industry.tttm.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunIndustryTttmOrderQueryResponse {
  /** 订单 */
  result?: AliyunIndustryTttmOrderQueryOrderDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderDto` of `aliyun.industry.tttm.order.query`. */
export interface AliyunIndustryTttmOrderQueryOrderDto {
  /** 订单id */
  order_id?: string;
  /** 订单总金额 */
  total_price?: string;
  /** 合同类型 */
  contract_type?: Int64;
  /** 公司名称 */
  company_name?: string;
  /** 备注 */
  remark?: string;
  /** 下单货品 */
  order_product_list?: AliyunIndustryTttmOrderQueryOrderProductDto[];
  /** 下单时间 */
  order_time?: string;
  /** 生产状态 */
  produce_status?: Int64;
  /** 订单商品列表 */
  order_products?: string;
  /** 采购单号 */
  external_id?: string;
  /** 交付时间 */
  due_time?: string;
  /** 附件列表 */
  annexes?: string | Record<string, unknown>;
  /** 订单总数 */
  total_amount?: string;
  /** 业务来源 */
  biz_source?: Int64;
  /** 附件列表 */
  annexes_json?: string;
  /** 加工类型 */
  working_type?: Int64;
}

/** `OrderProductDto` of `aliyun.industry.tttm.order.query`. */
export interface AliyunIndustryTttmOrderQueryOrderProductDto {
  /** 货品名称 */
  product_name?: string;
  /** 货品价格 */
  price?: string;
  /** 货品数量 */
  amount?: string;
  /** 货品编码 */
  product_code?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  external_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    order_id: 'String',
    total_price: 'String',
    contract_type: 'Number',
    company_name: 'String',
    remark: 'String',
    order_product_list: [
      {
        product_name: 'String',
        price: 'String',
        amount: 'String',
        product_code: 'String',
      },
    ],
    order_time: 'Date',
    produce_status: 'Number',
    order_products: 'String',
    external_id: 'String',
    due_time: 'Date',
    annexes: 'Json',
    total_amount: 'String',
    biz_source: 'Number',
    annexes_json: 'String',
    working_type: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.industry.tttm.order.query`: method, response root, request and response schemas. */
export const aliyunIndustryTttmOrderQueryOperation = {
  method: 'aliyun.industry.tttm.order.query',
  responseRoot: 'aliyun_industry_tttm_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天天特卖数字工厂订单获取 — calls TOP method `aliyun.industry.tttm.order.query`.
 *
 * 获取阿里云数字工厂内天天特卖业务的订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunIndustryTttmOrderQuery(
  client: TopClient,
  request: AliyunIndustryTttmOrderQueryRequest,
  options?: CallOptions,
): Promise<AliyunIndustryTttmOrderQueryResponse> {
  return client.call<AliyunIndustryTttmOrderQueryResponse>(
    {
      method: 'aliyun.industry.tttm.order.query',
      responseRoot: 'aliyun_industry_tttm_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
