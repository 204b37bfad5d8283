// Generated from specs/logistic/taobao.logistics.wms.goods.info.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.wms.goods.info.sync` (WMS回传货品长宽高图片等信息). */
export interface TaobaoLogisticsWmsGoodsInfoSyncRequest {
  /** 请求 */
  wms_goods_info_sync_request: TaobaoLogisticsWmsGoodsInfoSyncWmsGoodsInfoSyncRequestInput;
}

/** Response of `taobao.logistics.wms.goods.info.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWmsGoodsInfoSyncResponse {
  /** 是否成功 */
  suc?: boolean;
  /** 错误信息 */
  biz_error_message?: string;
  /** 错误编码 */
  biz_error_code?: string;
  /** 是否支持重试 */
  retry?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WmsGoodsInfoSyncRequest` of `taobao.logistics.wms.goods.info.sync`. */
export interface TaobaoLogisticsWmsGoodsInfoSyncWmsGoodsInfoSyncRequestInput {
  /** 货主code */
  wms_owner_code: string;
  /** 仓code */
  wms_warehouse_code: string;
  /** 货品code */
  item_code: string;
  /** 长 (厘米) */
  length?: string;
  /** 宽 (厘米) */
  width?: string;
  /** 高 (厘米) */
  height?: string;
  /** 体积 (升) */
  volume?: string;
  /** 毛重 (千克) */
  gross_weight?: string;
  /** 净重 (千克) */
  net_weight?: string;
  /** 图片链接 */
  pic?: string;
  /** 扩展字段 */
  feature?: string;
  /** 货品id */
  item_id?: string;
}

const REQUEST_SCHEMA = {
  wms_goods_info_sync_request: {
    wms_owner_code: 'String',
    wms_warehouse_code: 'String',
    item_code: 'String',
    length: 'String',
    width: 'String',
    height: 'String',
    volume: 'String',
    gross_weight: 'String',
    net_weight: 'String',
    pic: 'String',
    feature: 'String',
    item_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  biz_error_message: 'String',
  biz_error_code: 'String',
  retry: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.wms.goods.info.sync`: method, response root, request and response schemas. */
export const taobaoLogisticsWmsGoodsInfoSyncOperation = {
  method: 'taobao.logistics.wms.goods.info.sync',
  responseRoot: 'logistics_wms_goods_info_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * WMS回传货品长宽高图片等信息 — calls TOP method `taobao.logistics.wms.goods.info.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWmsGoodsInfoSync(
  client: TopClient,
  request: TaobaoLogisticsWmsGoodsInfoSyncRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWmsGoodsInfoSyncResponse> {
  return client.call<TaobaoLogisticsWmsGoodsInfoSyncResponse>(
    {
      method: 'taobao.logistics.wms.goods.info.sync',
      responseRoot: 'logistics_wms_goods_info_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
