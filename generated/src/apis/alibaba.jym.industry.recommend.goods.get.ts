// Generated from specs/jym/alibaba.jym.industry.recommend.goods.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.industry.recommend.goods.get` (获取交易猫推荐商品). */
export interface AlibabaJymIndustryRecommendGoodsGetRequest {
  /** 请求 */
  jym_recommend_goods_request_dto: AlibabaJymIndustryRecommendGoodsGetJymRecommendGoodsRequestDTOInput;
}

/** Response of `alibaba.jym.industry.recommend.goods.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymIndustryRecommendGoodsGetResponse {
  /** 结果集 */
  result?: AlibabaJymIndustryRecommendGoodsGetJymRecommendGoodsInfoDTO;
  /** 业务编码 */
  sub_code_type?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 业务错误信息 */
  sub_extra_err_msg?: string;
  /** 错误码 */
  state_code?: string;
  /** 系统错误信息 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JymRecommendGoodsRequestDTO` of `alibaba.jym.industry.recommend.goods.get`. */
export interface AlibabaJymIndustryRecommendGoodsGetJymRecommendGoodsRequestDTOInput {
  /** 交易猫游戏ID */
  jym_game_id: string;
  /** 最低价 */
  min_price: Int64Input;
  /** 渠道标识 */
  channel: string;
  /** 最高价 */
  max_price?: Int64Input;
}

/** `JymRecommendGoodsInfoDTO` of `alibaba.jym.industry.recommend.goods.get`. */
export interface AlibabaJymIndustryRecommendGoodsGetJymRecommendGoodsInfoDTO {
  /** 交易猫游戏ID */
  jym_game_id?: string;
  /** 推荐商品 */
  goods_list?: AlibabaJymIndustryRecommendGoodsGetJymSingleGoodsDTO[];
}

/** `JymSingleGoodsDTO` of `alibaba.jym.industry.recommend.goods.get`. */
export interface AlibabaJymIndustryRecommendGoodsGetJymSingleGoodsDTO {
  /** 商品ID */
  goods_id?: string;
  /** 商品标题 */
  goods_title?: string;
  /** 商品头图地址 */
  header_img_url?: string;
  /** 商品单价 */
  unit_price?: Int64;
  /** 标签 */
  tags?: AlibabaJymIndustryRecommendGoodsGetJymGoodsTagDTO[];
}

/** `JymGoodsTagDTO` of `alibaba.jym.industry.recommend.goods.get`. */
export interface AlibabaJymIndustryRecommendGoodsGetJymGoodsTagDTO {
  /** 标签类型，1-服务 2-卖点 */
  type?: Int64;
  /** 标签名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  jym_recommend_goods_request_dto: {
    jym_game_id: 'String',
    min_price: 'Number',
    channel: 'String',
    max_price: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    jym_game_id: 'String',
    goods_list: [
      {
        goods_id: 'String',
        goods_title: 'String',
        header_img_url: 'String',
        unit_price: 'Number',
        tags: [
          {
            type: 'Number',
            name: 'String',
          },
        ],
      },
    ],
  },
  sub_code_type: 'String',
  is_success: 'Boolean',
  sub_extra_err_msg: 'String',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.industry.recommend.goods.get`: method, response root, request and response schemas. */
export const alibabaJymIndustryRecommendGoodsGetOperation = {
  method: 'alibaba.jym.industry.recommend.goods.get',
  responseRoot: 'alibaba_jym_industry_recommend_goods_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取交易猫推荐商品 — calls TOP method `alibaba.jym.industry.recommend.goods.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymIndustryRecommendGoodsGet(
  client: TopClient,
  request: AlibabaJymIndustryRecommendGoodsGetRequest,
  options?: CallOptions,
): Promise<AlibabaJymIndustryRecommendGoodsGetResponse> {
  return client.call<AlibabaJymIndustryRecommendGoodsGetResponse>(
    {
      method: 'alibaba.jym.industry.recommend.goods.get',
      responseRoot: 'alibaba_jym_industry_recommend_goods_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
