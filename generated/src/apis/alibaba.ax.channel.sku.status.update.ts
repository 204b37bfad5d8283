// Generated from specs/wdk/alibaba.ax.channel.sku.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ax.channel.sku.status.update` (翱象渠道商品上下架接口). */
export interface AlibabaAxChannelSkuStatusUpdateRequest {
  /** 请求入参 */
  channel_sku_update_status_req: AlibabaAxChannelSkuStatusUpdateChannelSkuUpdateStatusReqInput;
}

/** Response of `alibaba.ax.channel.sku.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAxChannelSkuStatusUpdateResponse {
  /** 调用接口返回结果 */
  api_result?: AlibabaAxChannelSkuStatusUpdateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChannelSkuUpdateStatusReq` of `alibaba.ax.channel.sku.status.update`. */
export interface AlibabaAxChannelSkuStatusUpdateChannelSkuUpdateStatusReqInput {
  /** 商品编码 */
  sku_code: string;
  /** 经营店编码 */
  store_id: string;
  /** 渠道编码：2 美团，3 饿了么，26 京东到家，31 翱象淘鲜达，32 翱象共享库存 */
  channel_code: string;
  /** 是否渠道可售 1可售（上架）0：不可售（下架） */
  online_sale_flag: Int64Input;
}

/** `ApiResult` of `alibaba.ax.channel.sku.status.update`. */
export interface AlibabaAxChannelSkuStatusUpdateApiResult {
  /** 调用接口返回结果成功失败 */
  success?: boolean;
  /** 调用接口返回错误信息 */
  err_msg?: string;
  /** 调用接口返回错误bian ma */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  channel_sku_update_status_req: {
    sku_code: 'String',
    store_id: 'String',
    channel_code: 'String',
    online_sale_flag: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ax.channel.sku.status.update`: method, response root, request and response schemas. */
export const alibabaAxChannelSkuStatusUpdateOperation = {
  method: 'alibaba.ax.channel.sku.status.update',
  responseRoot: 'alibaba_ax_channel_sku_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象渠道商品上下架接口 — calls TOP method `alibaba.ax.channel.sku.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAxChannelSkuStatusUpdate(
  client: TopClient,
  request: AlibabaAxChannelSkuStatusUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAxChannelSkuStatusUpdateResponse> {
  return client.call<AlibabaAxChannelSkuStatusUpdateResponse>(
    {
      method: 'alibaba.ax.channel.sku.status.update',
      responseRoot: 'alibaba_ax_channel_sku_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
