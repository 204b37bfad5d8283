// Generated from specs/product/alibaba.jym.item.external.goods.detail.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.item.external.goods.detail.query` (交易猫外部商家商品详情查询接口). */
export interface AlibabaJymItemExternalGoodsDetailQueryRequest {
  /** 商品详情查询接口入参 */
  goods_detail_query: AlibabaJymItemExternalGoodsDetailQueryGoodsDetailQueryDtoInput;
}

/** Response of `alibaba.jym.item.external.goods.detail.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymItemExternalGoodsDetailQueryResponse {
  /** 商品详情查询接口返回 */
  result?: AlibabaJymItemExternalGoodsDetailQueryGoodsDetailResultDto;
  /** 是否成功 */
  succeed?: boolean;
  /** 状态码 */
  state_code?: string;
  /** 错误信息 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoodsDetailQueryDto` of `alibaba.jym.item.external.goods.detail.query`. */
export interface AlibabaJymItemExternalGoodsDetailQueryGoodsDetailQueryDtoInput {
  /** 交易猫商品ID */
  goods_id: Int64Input;
}

/** `GoodsDetailResultDto` of `alibaba.jym.item.external.goods.detail.query`. */
export interface AlibabaJymItemExternalGoodsDetailQueryGoodsDetailResultDto {
  /** 商品详情信息 */
  goods_detail?: AlibabaJymItemExternalGoodsDetailQueryExternalGoodsDetailDto;
  /** 商品ID */
  goods_id?: Int64;
}

/** `ExternalGoodsDetailDto` of `alibaba.jym.item.external.goods.detail.query`. */
export interface AlibabaJymItemExternalGoodsDetailQueryExternalGoodsDetailDto {
  /** 商品基本信息 */
  goods_base_info?: AlibabaJymItemExternalGoodsDetailQueryGoodsBaseInfoDto;
  /** 类目 */
  category?: AlibabaJymItemExternalGoodsDetailQueryGoodsCategoryDto;
  /** 商品图片url列表 */
  image_list?: AlibabaJymItemExternalGoodsDetailQueryGoodsImageDto[];
  /** 游戏属性 */
  game_property?: AlibabaJymItemExternalGoodsDetailQueryGamePropertyDto;
  /** 游戏属性对 */
  goods_property_list?: AlibabaJymItemExternalGoodsDetailQueryGoodsPropertyValueDto[];
  /** 卖家账号信息商品属性对 */
  seller_account_property_list?: AlibabaJymItemExternalGoodsDetailQueryGoodsPropertyValueDto[];
  /** 是否支持找回包赔 */
  support_retrieve_compensation?: boolean;
  /** 是否支持议价 */
  can_bargain?: boolean;
}

/** `GoodsBaseInfoDto` of `alibaba.jym.item.external.goods.detail.query`. */
export interface AlibabaJymItemExternalGoodsDetailQueryGoodsBaseInfoDto {
  /** 商品描述 */
  description?: string;
  /** 库存 */
  storage?: Int64;
  /** 价格 */
  price?: string;
  /** 标题 */
  title?: string;
}

/** `GoodsCategoryDto` of `alibaba.jym.item.external.goods.detail.query`. */
export interface AlibabaJymItemExternalGoodsDetailQueryGoodsCategoryDto {
  /** 二级类目名称 */
  second_category_name?: string;
  /** 二级类目ID */
  second_category_id?: Int64;
  /** 一级类目名称 */
  first_category_name?: string;
  /** 一级类目ID */
  first_category_id?: Int64;
}

/** `GoodsImageDto` of `alibaba.jym.item.external.goods.detail.query`. */
export interface AlibabaJymItemExternalGoodsDetailQueryGoodsImageDto {
  /** 原图url */
  origin_image?: string;
  /** 图片id */
  image_id?: Int64;
  /** 备注 */
  note?: string;
}

/** `GamePropertyDto` of `alibaba.jym.item.external.goods.detail.query`. */
export interface AlibabaJymItemExternalGoodsDetailQueryGamePropertyDto {
  /** 服务器id */
  server_id?: Int64;
  /** 客户端id */
  client_id?: Int64;
  /** 平台id */
  platform_id?: Int64;
  /** 游戏id */
  game_id?: Int64;
}

/** `GoodsPropertyValueDto` of `alibaba.jym.item.external.goods.detail.query`. */
export interface AlibabaJymItemExternalGoodsDetailQueryGoodsPropertyValueDto {
  /** 属性值 */
  value?: string;
  /** 属性值id */
  value_id?: Int64;
  /** 属性id */
  property_id?: Int64;
}

const REQUEST_SCHEMA = {
  goods_detail_query: {
    goods_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    goods_detail: {
      goods_base_info: {
        description: 'String',
        storage: 'Number',
        price: 'String',
        title: 'String',
      },
      category: {
        second_category_name: 'String',
        second_category_id: 'Number',
        first_category_name: 'String',
        first_category_id: 'Number',
      },
      image_list: [
        {
          origin_image: 'String',
          image_id: 'Number',
          note: 'String',
        },
      ],
      game_property: {
        server_id: 'Number',
        client_id: 'Number',
        platform_id: 'Number',
        game_id: 'Number',
      },
      goods_property_list: [
        {
          value: 'String',
          value_id: 'Number',
          property_id: 'Number',
        },
      ],
      seller_account_property_list: [
        {
          value: 'String',
          value_id: 'Number',
          property_id: 'Number',
        },
      ],
      support_retrieve_compensation: 'Boolean',
      can_bargain: 'Boolean',
    },
    goods_id: 'Number',
  },
  succeed: 'Boolean',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.item.external.goods.detail.query`: method, response root, request and response schemas. */
export const alibabaJymItemExternalGoodsDetailQueryOperation = {
  method: 'alibaba.jym.item.external.goods.detail.query',
  responseRoot: 'alibaba_jym_item_external_goods_detail_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易猫外部商家商品详情查询接口 — calls TOP method `alibaba.jym.item.external.goods.detail.query`.
 *
 * 供外部B端商家接入，请求查询商品详情，返回商品详情查询结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymItemExternalGoodsDetailQuery(
  client: TopClient,
  request: AlibabaJymItemExternalGoodsDetailQueryRequest,
  options?: CallOptions,
): Promise<AlibabaJymItemExternalGoodsDetailQueryResponse> {
  return client.call<AlibabaJymItemExternalGoodsDetailQueryResponse>(
    {
      method: 'alibaba.jym.item.external.goods.detail.query',
      responseRoot: 'alibaba_jym_item_external_goods_detail_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
