// Generated from specs/tmallcar/tmall.aliauto.order.qrcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.order.qrcode` (根据商品id列表获取可扫描下单二维码). */
export interface TmallAliautoOrderQrcodeRequest {
  /** 商品id和数量组合列表 */
  item_and_sku_num_list?: string;
  /** 门店自定义编码 */
  outer_shop_id?: string;
  /** 工单id */
  receipt_id?: Int64Input;
}

/** Response of `tmall.aliauto.order.qrcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoOrderQrcodeResponse {
  /** 返回的数据实体 */
  data?: TmallAliautoOrderQrcodeConfirmOrderQrCode4IsvDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConfirmOrderQrCode4IsvDto` of `tmall.aliauto.order.qrcode`. */
export interface TmallAliautoOrderQrcodeConfirmOrderQrCode4IsvDto {
  /** 附加参数 */
  extension?: string;
  /** 确认订单页二维码 */
  qr_code_img_url?: string;
}

const REQUEST_SCHEMA = {
  item_and_sku_num_list: 'String',
  outer_shop_id: 'String',
  receipt_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    extension: 'String',
    qr_code_img_url: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.order.qrcode`: method, response root, request and response schemas. */
export const tmallAliautoOrderQrcodeOperation = {
  method: 'tmall.aliauto.order.qrcode',
  responseRoot: 'tmall_aliauto_order_qrcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据商品id列表获取可扫描下单二维码 — calls TOP method `tmall.aliauto.order.qrcode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoOrderQrcode(
  client: TopClient,
  request: TmallAliautoOrderQrcodeRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoOrderQrcodeResponse> {
  return client.call<TmallAliautoOrderQrcodeResponse>(
    {
      method: 'tmall.aliauto.order.qrcode',
      responseRoot: 'tmall_aliauto_order_qrcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
