// Generated from specs/simba/taobao.universalbp.material.shop.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.material.shop.get` (获取店铺信息). */
export interface TaobaoUniversalbpMaterialShopGetRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpMaterialShopGetTopServiceContextInput;
}

/** Response of `taobao.universalbp.material.shop.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpMaterialShopGetResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpMaterialShopGetTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.material.shop.get`. */
export interface TaobaoUniversalbpMaterialShopGetTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `TopResult` of `taobao.universalbp.material.shop.get`. */
export interface TaobaoUniversalbpMaterialShopGetTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpMaterialShopGetTopInfo;
  /** 结果集 */
  shop_info_v_o?: TaobaoUniversalbpMaterialShopGetShopInfoVo;
}

/** `TopInfo` of `taobao.universalbp.material.shop.get`. */
export interface TaobaoUniversalbpMaterialShopGetTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `ShopInfoVo` of `taobao.universalbp.material.shop.get`. */
export interface TaobaoUniversalbpMaterialShopGetShopInfoVo {
  /** 店铺id */
  shop_id?: Int64;
  /** 店铺名称 */
  title?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    shop_info_v_o: {
      shop_id: 'Number',
      title: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.material.shop.get`: method, response root, request and response schemas. */
export const taobaoUniversalbpMaterialShopGetOperation = {
  method: 'taobao.universalbp.material.shop.get',
  responseRoot: 'universalbp_material_shop_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取店铺信息 — calls TOP method `taobao.universalbp.material.shop.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpMaterialShopGet(
  client: TopClient,
  request: TaobaoUniversalbpMaterialShopGetRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpMaterialShopGetResponse> {
  return client.call<TaobaoUniversalbpMaterialShopGetResponse>(
    {
      method: 'taobao.universalbp.material.shop.get',
      responseRoot: 'universalbp_material_shop_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
