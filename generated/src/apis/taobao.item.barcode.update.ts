// Generated from specs/tbitem/taobao.item.barcode.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.barcode.update` (更新商品条形码信息). */
export interface TaobaoItemBarcodeUpdateRequest {
  /** 被更新商品的ID */
  item_id: Int64Input;
  /** 商品条形码，如果不用更新，可选择不填 */
  item_barcode?: string;
  /** 被更新SKU的ID列表，中间以英文逗号进行分隔。如果没有SKU或者不需要更新SKU的条形码，不需要设置 */
  sku_ids?: string;
  /** SKU维度的条形码，和sku_ids字段一一对应，中间以英文逗号分隔 */
  sku_barcodes?: string;
  /** 是否强制保存商品条码。true：强制保存false ：需要执行条码库校验 */
  isforce?: boolean;
  /** 访问来源，这字段提供给千牛扫码枪用，其他调用方，不需要填写 */
  src?: string;
}

/** Response of `taobao.item.barcode.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemBarcodeUpdateResponse {
  /** 商品结构里的num_iid，modified */
  item?: TaobaoItemBarcodeUpdateItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.item.barcode.update`. */
export interface TaobaoItemBarcodeUpdateItem {
  /** 商品数字id */
  num_iid?: Int64;
  /** 商品修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  item_barcode: 'String',
  sku_ids: 'String',
  sku_barcodes: 'String',
  isforce: 'Boolean',
  src: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item: {
    num_iid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.barcode.update`: method, response root, request and response schemas. */
export const taobaoItemBarcodeUpdateOperation = {
  method: 'taobao.item.barcode.update',
  responseRoot: 'item_barcode_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新商品条形码信息 — calls TOP method `taobao.item.barcode.update`.
 *
 * 通过该接口，将商品以及SKU上得条形码信息补全
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemBarcodeUpdate(
  client: TopClient,
  request: TaobaoItemBarcodeUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoItemBarcodeUpdateResponse> {
  return client.call<TaobaoItemBarcodeUpdateResponse>(
    {
      method: 'taobao.item.barcode.update',
      responseRoot: 'item_barcode_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
