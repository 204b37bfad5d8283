// Generated from specs/wlb/taobao.wlb.wms.inventory.lack.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.inventory.lack.upload` (缺货通知). */
export interface TaobaoWlbWmsInventoryLackUploadRequest {
  /** 缺货通知信息 */
  content?: TaobaoWlbWmsInventoryLackUploadWlbWmsInventoryLackUploadInput;
}

/** Response of `taobao.wlb.wms.inventory.lack.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsInventoryLackUploadResponse {
  /** 缺货回告 */
  result?: TaobaoWlbWmsInventoryLackUploadWlbWmsInventoryLackUploadResp;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WlbWmsInventoryLackUpload` of `taobao.wlb.wms.inventory.lack.upload`. */
export interface TaobaoWlbWmsInventoryLackUploadWlbWmsInventoryLackUploadInput {
  /** 创建时间 */
  create_time?: string;
  /** 外部业务编码;消息ID，用于去重 */
  out_biz_code?: string;
  /** 仓储订单编码 */
  store_order_code?: string;
  /** 订单编码 */
  order_code?: string;
  /** 仓库编码 */
  store_code?: string;
  /** 商品信息列表 */
  item_list?: TaobaoWlbWmsInventoryLackUploadItemListWlbWmsInventoryLackUploadInput[];
}

/** `ItemListWlbWmsInventoryLackUpload` of `taobao.wlb.wms.inventory.lack.upload`. */
export interface TaobaoWlbWmsInventoryLackUploadItemListWlbWmsInventoryLackUploadInput {
  /** 报缺原因（系统报缺，实物报缺） */
  reason?: string;
  /** 应发商品数量 */
  item_qty?: Int64Input;
  /** 后端商品ID */
  item_id?: string;
  /** 商品缺货数量 */
  lack_qty?: Int64Input;
}

/** `WlbWmsInventoryLackUploadResp` of `taobao.wlb.wms.inventory.lack.upload`. */
export interface TaobaoWlbWmsInventoryLackUploadWlbWmsInventoryLackUploadResp {
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  content: {
    create_time: 'String',
    out_biz_code: 'String',
    store_order_code: 'String',
    order_code: 'String',
    store_code: 'String',
    item_list: [
      {
        reason: 'String',
        item_qty: 'Number',
        item_id: 'String',
        lack_qty: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.inventory.lack.upload`: method, response root, request and response schemas. */
export const taobaoWlbWmsInventoryLackUploadOperation = {
  method: 'taobao.wlb.wms.inventory.lack.upload',
  responseRoot: 'wlb_wms_inventory_lack_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 缺货通知 — calls TOP method `taobao.wlb.wms.inventory.lack.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsInventoryLackUpload(
  client: TopClient,
  request: TaobaoWlbWmsInventoryLackUploadRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbWmsInventoryLackUploadResponse> {
  return client.call<TaobaoWlbWmsInventoryLackUploadResponse>(
    {
      method: 'taobao.wlb.wms.inventory.lack.upload',
      responseRoot: 'wlb_wms_inventory_lack_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
