// Generated from specs/alihouse/alibaba.alihouse.newhome.shopcityconfig.detail.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.shopcityconfig.detail.submit` (城市配置信息接口). */
export interface AlibabaAlihouseNewhomeShopcityconfigDetailSubmitRequest {
  /** 城市配置信息 */
  shop_city_config?: AlibabaAlihouseNewhomeShopcityconfigDetailSubmitShopCityConfigDtoInput;
}

/** Response of `alibaba.alihouse.newhome.shopcityconfig.detail.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeShopcityconfigDetailSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeShopcityconfigDetailSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShopCityConfigDto` of `alibaba.alihouse.newhome.shopcityconfig.detail.submit`. */
export interface AlibabaAlihouseNewhomeShopcityconfigDetailSubmitShopCityConfigDtoInput {
  /** 城市配置首字母 */
  city_initial: string;
  /** 是否为默认城市 */
  is_default_city?: Int64Input;
  /** 城市名称 */
  city_name: string;
  /** 城市配置外部唯一ID */
  outer_city_config_id: string;
  /** 城市ID */
  city_id: Int64Input;
  /** 是否展示 */
  is_show?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.shopcityconfig.detail.submit`. */
export interface AlibabaAlihouseNewhomeShopcityconfigDetailSubmitResult {
  /** code */
  code?: string;
  /** 返回素材id */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  shop_city_config: {
    city_initial: 'String',
    is_default_city: 'Number',
    city_name: 'String',
    outer_city_config_id: 'String',
    city_id: 'Number',
    is_show: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.shopcityconfig.detail.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeShopcityconfigDetailSubmitOperation = {
  method: 'alibaba.alihouse.newhome.shopcityconfig.detail.submit',
  responseRoot: 'alibaba_alihouse_newhome_shopcityconfig_detail_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 城市配置信息接口 — calls TOP method `alibaba.alihouse.newhome.shopcityconfig.detail.submit`.
 *
 * 上传城市配置信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeShopcityconfigDetailSubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeShopcityconfigDetailSubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeShopcityconfigDetailSubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeShopcityconfigDetailSubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.shopcityconfig.detail.submit',
      responseRoot: 'alibaba_alihouse_newhome_shopcityconfig_detail_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
