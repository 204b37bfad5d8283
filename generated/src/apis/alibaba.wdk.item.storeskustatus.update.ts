// Generated from specs/wdkitem/alibaba.wdk.item.storeskustatus.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.storeskustatus.update` (修改门店商品状态). */
export interface AlibabaWdkItemStoreskustatusUpdateRequest {
  /** bean */
  bean?: AlibabaWdkItemStoreskustatusUpdateUpdateStoreSkuLifeStatusRequestBeanInput;
}

/** Response of `alibaba.wdk.item.storeskustatus.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemStoreskustatusUpdateResponse {
  /** result */
  result?: AlibabaWdkItemStoreskustatusUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateStoreSkuLifeStatusRequestBean` of `alibaba.wdk.item.storeskustatus.update`. */
export interface AlibabaWdkItemStoreskustatusUpdateUpdateStoreSkuLifeStatusRequestBeanInput {
  /** 机构编码 */
  org_code: string;
  /** 商品编码 */
  sku_code: string;
  /** 门店编码 */
  store_id: string;
  /** 商品状态 */
  life_status: string;
  /** 渠道编码 */
  shop_id?: string;
  /** 淘鲜达半日达项目新增，0 表示上架，1表示下架，当更新淘鲜达半日达渠道品上下架时，该字段必传 */
  online_sale_flag?: Int64Input;
}

/** `Result` of `alibaba.wdk.item.storeskustatus.update`. */
export interface AlibabaWdkItemStoreskustatusUpdateResult {
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorDesc */
  error_desc?: string;
}

const REQUEST_SCHEMA = {
  bean: {
    org_code: 'String',
    sku_code: 'String',
    store_id: 'String',
    life_status: 'String',
    shop_id: 'String',
    online_sale_flag: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.storeskustatus.update`: method, response root, request and response schemas. */
export const alibabaWdkItemStoreskustatusUpdateOperation = {
  method: 'alibaba.wdk.item.storeskustatus.update',
  responseRoot: 'alibaba_wdk_item_storeskustatus_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改门店商品状态 — calls TOP method `alibaba.wdk.item.storeskustatus.update`.
 *
 * 五道口商品 修改门店商品状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemStoreskustatusUpdate(
  client: TopClient,
  request: AlibabaWdkItemStoreskustatusUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkItemStoreskustatusUpdateResponse> {
  return client.call<AlibabaWdkItemStoreskustatusUpdateResponse>(
    {
      method: 'alibaba.wdk.item.storeskustatus.update',
      responseRoot: 'alibaba_wdk_item_storeskustatus_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
