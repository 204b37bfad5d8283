// Generated from specs/mydata/alibaba.mydata.self.product.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mydata.self.product.get` (获取客户产品相关表现数据). */
export interface AlibabaMydataSelfProductGetRequest {
  /** 统计周期，可以为"day", "week", "month" */
  statistics_type: string;
  /** 统计日期 */
  stat_date: string;
  /**
   * 待查询产品id列表
   *
   * Max list size: 20
   */
  product_ids: Int64Input[];
}

/** Response of `alibaba.mydata.self.product.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMydataSelfProductGetResponse {
  /** 产品效果查询结果 */
  result?: AlibabaMydataSelfProductGetProductEffect;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductEffect` of `alibaba.mydata.self.product.get`. */
export interface AlibabaMydataSelfProductGetProductEffect {
  /** 产品效果 */
  effects?: AlibabaMydataSelfProductGetEffectEntity[];
  /** 返回结果数量 */
  total_count?: Int64;
}

/** `EffectEntity` of `alibaba.mydata.self.product.get`. */
export interface AlibabaMydataSelfProductGetEffectEntity {
  /** 收藏买家数 */
  bookmark?: Int64;
  /** 点击 */
  click?: Int64;
  /** 对比买家数 */
  compare?: Int64;
  /** 反馈 */
  fb?: Int64;
  /** 曝光 */
  impression?: Int64;
  /** 词来源 */
  keyword_effects?: AlibabaMydataSelfProductGetKeywordEffectEntity[];
  /** 提交订单数 */
  order?: Int64;
  /** 产品id */
  product_id?: Int64;
  /** 分享买家数 */
  share?: Int64;
  /** 访客数 */
  visitor?: Int64;
}

/** `KeywordEffectEntity` of `alibaba.mydata.self.product.get`. */
export interface AlibabaMydataSelfProductGetKeywordEffectEntity {
  /** 词 */
  keyword?: string;
}

const REQUEST_SCHEMA = {
  statistics_type: 'String',
  stat_date: 'String',
  product_ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    effects: [
      {
        bookmark: 'Number',
        click: 'Number',
        compare: 'Number',
        fb: 'Number',
        impression: 'Number',
        keyword_effects: [
          {
            keyword: 'String',
          },
        ],
        order: 'Number',
        product_id: 'Number',
        share: 'Number',
        visitor: 'Number',
      },
    ],
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mydata.self.product.get`: method, response root, request and response schemas. */
export const alibabaMydataSelfProductGetOperation = {
  method: 'alibaba.mydata.self.product.get',
  responseRoot: 'alibaba_mydata_self_product_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取客户产品相关表现数据 — calls TOP method `alibaba.mydata.self.product.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMydataSelfProductGet(
  client: TopClient,
  request: AlibabaMydataSelfProductGetRequest,
  options?: CallOptions,
): Promise<AlibabaMydataSelfProductGetResponse> {
  return client.call<AlibabaMydataSelfProductGetResponse>(
    {
      method: 'alibaba.mydata.self.product.get',
      responseRoot: 'alibaba_mydata_self_product_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
