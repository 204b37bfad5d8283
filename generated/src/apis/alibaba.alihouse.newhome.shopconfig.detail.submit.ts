// Generated from specs/alihouse/alibaba.alihouse.newhome.shopconfig.detail.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.shopconfig.detail.submit` (店铺配置信息接口). */
export interface AlibabaAlihouseNewhomeShopconfigDetailSubmitRequest {
  /** 城市配置信息 */
  shop_config: AlibabaAlihouseNewhomeShopconfigDetailSubmitShopConfigDtoInput;
}

/** Response of `alibaba.alihouse.newhome.shopconfig.detail.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeShopconfigDetailSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeShopconfigDetailSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShopConfigDto` of `alibaba.alihouse.newhome.shopconfig.detail.submit`. */
export interface AlibabaAlihouseNewhomeShopconfigDetailSubmitShopConfigDtoInput {
  /** 是否为草稿 */
  is_draft?: Int64Input;
  /** 模块类型 */
  module_type: Int64Input;
  /** 是否优先展示 */
  is_pre_show?: Int64Input;
  /** 页面类型 */
  biz_type: Int64Input;
  /** 外部店铺配置ID */
  outer_shop_config_id: string;
  /** 城市ID */
  city_id?: Int64Input;
  /** 配置详细信息 */
  shop_config_details?: AlibabaAlihouseNewhomeShopconfigDetailSubmitShopConfigDetailDTOInput[];
  /** 是否展示 */
  is_show?: Int64Input;
  /** 外部门店ID */
  outer_store_id?: string;
  /** 是否为测试 */
  is_test?: Int64Input;
}

/** `ShopConfigDetailDTO` of `alibaba.alihouse.newhome.shopconfig.detail.submit`. */
export interface AlibabaAlihouseNewhomeShopconfigDetailSubmitShopConfigDetailDTOInput {
  /** 标题 */
  title?: string;
  /** 跳转地址 */
  jump_value?: string;
  /** 跳转类型 */
  jump_type?: Int64Input;
  /** 外部配置详细ID */
  outer_config_detail_id: string;
  /** 图片地址 */
  image_url?: string;
  /** 标签名称 */
  label?: string;
  /** 副标题 */
  sub_title?: string;
  /** 排序 */
  order_no?: Int64Input;
  /** 推荐经纪人排序 */
  excellent_broker?: AlibabaAlihouseNewhomeShopconfigDetailSubmitBrokerSortDTOInput[];
}

/** `BrokerSortDTO` of `alibaba.alihouse.newhome.shopconfig.detail.submit`. */
export interface AlibabaAlihouseNewhomeShopconfigDetailSubmitBrokerSortDTOInput {
  /** 外部经纪人ID */
  outer_consultant_id?: string;
  /** 排序号 */
  sort_no?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.shopconfig.detail.submit`. */
export interface AlibabaAlihouseNewhomeShopconfigDetailSubmitResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回素材id */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  shop_config: {
    is_draft: 'Number',
    module_type: 'Number',
    is_pre_show: 'Number',
    biz_type: 'Number',
    outer_shop_config_id: 'String',
    city_id: 'Number',
    shop_config_details: [
      {
        title: 'String',
        jump_value: 'String',
        jump_type: 'Number',
        outer_config_detail_id: 'String',
        image_url: 'String',
        label: 'String',
        sub_title: 'String',
        order_no: 'Number',
        excellent_broker: [
          {
            outer_consultant_id: 'String',
            sort_no: 'Number',
          },
        ],
      },
    ],
    is_show: 'Number',
    outer_store_id: 'String',
    is_test: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.shopconfig.detail.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeShopconfigDetailSubmitOperation = {
  method: 'alibaba.alihouse.newhome.shopconfig.detail.submit',
  responseRoot: 'alibaba_alihouse_newhome_shopconfig_detail_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 店铺配置信息接口 — calls TOP method `alibaba.alihouse.newhome.shopconfig.detail.submit`.
 *
 * 提供店铺配置的能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeShopconfigDetailSubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeShopconfigDetailSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeShopconfigDetailSubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeShopconfigDetailSubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.shopconfig.detail.submit',
      responseRoot: 'alibaba_alihouse_newhome_shopconfig_detail_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
