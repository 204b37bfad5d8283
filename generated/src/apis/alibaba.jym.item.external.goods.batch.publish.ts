// Generated from specs/product/alibaba.jym.item.external.goods.batch.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.item.external.goods.batch.publish` (交易猫外部商家批量发布商品接口). */
export interface AlibabaJymItemExternalGoodsBatchPublishRequest {
  /** 商品批量发布接口入参 */
  goods_publish_command: AlibabaJymItemExternalGoodsBatchPublishGoodsPublishCommandDtoInput;
}

/** Response of `alibaba.jym.item.external.goods.batch.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymItemExternalGoodsBatchPublishResponse {
  /** 商品批量发布接口返回 */
  result?: AlibabaJymItemExternalGoodsBatchPublishGoodsBatchResultDto;
  /** 是否成功 */
  succeed?: boolean;
  /** 状态码 */
  state_code?: string;
  /** 错误信息 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoodsPublishCommandDto` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishGoodsPublishCommandDtoInput {
  /** 外部批次ID，用于幂等 */
  external_batch_id: string;
  /** 商品发布数据体 */
  goods_list: AlibabaJymItemExternalGoodsBatchPublishGoodsPublishDtoInput[];
}

/** `GoodsPublishDto` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishGoodsPublishDtoInput {
  /** 是否支持找回包赔 */
  support_retrieve_compensation: boolean;
  /** 卖家账号信息商品属性对象数组 */
  seller_account_property_list: AlibabaJymItemExternalGoodsBatchPublishGoodsPropertyValueDtoInput[];
  /** 商品属性对象数组 */
  goods_property_list: AlibabaJymItemExternalGoodsBatchPublishGoodsPropertyValueDtoInput[];
  /** 游戏属性对象 */
  game_property: AlibabaJymItemExternalGoodsBatchPublishGamePropertyDtoInput;
  /** 二级类目ID */
  second_category_id: Int64Input;
  /** 一级类目ID */
  first_category_id: Int64Input;
  /** 商品图片url列表 */
  image_url_list: AlibabaJymItemExternalGoodsBatchPublishGoodsPublishImageDtoInput[];
  /** 商品基本信息 */
  goods_base_info: AlibabaJymItemExternalGoodsBatchPublishGoodsBaseInfoDtoInput;
  /** 外部商品ID，用于标识外部系统每次提交过来的商品 */
  external_goods_id: string;
  /** 是否支持议价 */
  can_bargain: boolean;
  /** 入淘商品首图，可不传 */
  taobao_first_image?: AlibabaJymItemExternalGoodsBatchPublishGoodsPublishImageDTOInput;
  /** 多子属性对象数组，仅在支持多子属性的类目使用 */
  multi_property_value_list?: AlibabaJymItemExternalGoodsBatchPublishMultiPropertyValueDTOInput[];
}

/** `GoodsPropertyValueDto` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishGoodsPropertyValueDtoInput {
  /** 属性值 */
  value: string;
  /** 属性值id，可不传 */
  value_id?: Int64Input;
  /** 属性id */
  property_id: Int64Input;
}

/** `GamePropertyDto` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishGamePropertyDtoInput {
  /** 服务器id */
  server_id: Int64Input;
  /** 客户端id */
  client_id: Int64Input;
  /** 平台id */
  platform_id: Int64Input;
  /** 游戏id */
  game_id: Int64Input;
}

/** `GoodsPublishImageDto` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishGoodsPublishImageDtoInput {
  /** 商品图片url */
  image_url: string;
}

/** `GoodsBaseInfoDto` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishGoodsBaseInfoDtoInput {
  /** 标题 */
  title: string;
  /** 价格 */
  price: string;
  /** 库存 */
  storage: Int64Input;
  /** 商品描述 */
  description: string;
}

/** `GoodsPublishImageDTO` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishGoodsPublishImageDTOInput {
  /** 商品图片url */
  image_url?: string;
}

/** `MultiPropertyValueDTO` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishMultiPropertyValueDTOInput {
  /** 父属性名 */
  property_name?: string;
  /** 属性值对象数组 */
  property_value_list?: AlibabaJymItemExternalGoodsBatchPublishPropertyValueDTOInput[];
}

/** `PropertyValueDTO` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishPropertyValueDTOInput {
  /** 属性值 */
  value?: string;
  /** 子属性列表 */
  child_property_key_value_list?: AlibabaJymItemExternalGoodsBatchPublishChildPropertyKeyValueDTOInput[];
}

/** `ChildPropertyKeyValueDTO` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishChildPropertyKeyValueDTOInput {
  /** 属性键 */
  key?: string;
  /** 属性值 */
  value?: string;
}

/** `GoodsBatchResultDto` of `alibaba.jym.item.external.goods.batch.publish`. */
export interface AlibabaJymItemExternalGoodsBatchPublishGoodsBatchResultDto {
  /** 商品发布批次ID */
  batch_id?: Int64;
}

const REQUEST_SCHEMA = {
  goods_publish_command: {
    external_batch_id: 'String',
    goods_list: [
      {
        support_retrieve_compensation: 'Boolean',
        seller_account_property_list: [
          {
            value: 'String',
            value_id: 'Number',
            property_id: 'Number',
          },
        ],
        goods_property_list: [
          {
            value: 'String',
            value_id: 'Number',
            property_id: 'Number',
          },
        ],
        game_property: {
          server_id: 'Number',
          client_id: 'Number',
          platform_id: 'Number',
          game_id: 'Number',
        },
        second_category_id: 'Number',
        first_category_id: 'Number',
        image_url_list: [
          {
            image_url: 'String',
          },
        ],
        goods_base_info: {
          title: 'String',
          price: 'String',
          storage: 'Number',
          description: 'String',
        },
        external_goods_id: 'String',
        can_bargain: 'Boolean',
        taobao_first_image: {
          image_url: 'String',
        },
        multi_property_value_list: [
          {
            property_name: 'String',
            property_value_list: [
              {
                value: 'String',
                child_property_key_value_list: [
                  {
                    key: 'String',
                    value: 'String',
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    batch_id: 'Number',
  },
  succeed: 'Boolean',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.item.external.goods.batch.publish`: method, response root, request and response schemas. */
export const alibabaJymItemExternalGoodsBatchPublishOperation = {
  method: 'alibaba.jym.item.external.goods.batch.publish',
  responseRoot: 'alibaba_jym_item_external_goods_batch_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易猫外部商家批量发布商品接口 — calls TOP method `alibaba.jym.item.external.goods.batch.publish`.
 *
 * 供外部B端商家接入，提交批量发布商品请求，返回批量发布任务结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymItemExternalGoodsBatchPublish(
  client: TopClient,
  request: AlibabaJymItemExternalGoodsBatchPublishRequest,
  options?: CallOptions,
): Promise<AlibabaJymItemExternalGoodsBatchPublishResponse> {
  return client.call<AlibabaJymItemExternalGoodsBatchPublishResponse>(
    {
      method: 'alibaba.jym.item.external.goods.batch.publish',
      responseRoot: 'alibaba_jym_item_external_goods_batch_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
