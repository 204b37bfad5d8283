// Generated from specs/tbk/taobao.tbk.sc.shop.convert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.shop.convert` (淘宝客-服务商-店铺链接转换). */
export interface TaobaoTbkScShopConvertRequest {
  /** mm_xxx_xxx_xxx的第3段数字 */
  adzone_id: Int64Input;
  /** 需返回的字段列表 */
  fields: string;
  /** 链接形式-1：PC，2：无线。默认为１ */
  platform?: Int64Input;
  /** mm_xxx_xxx_xxx的第2段数字 */
  site_id: Int64Input;
  /** (该字段不开放)自定义输入串，英文和数字组成，长度不能大于12个字符，区分不同的推广渠道 */
  unid?: string;
  /** 卖家id串，用,分割，从taobao.tbk.shop.get接口获取user_id字段 */
  user_ids: string;
}

/** Response of `taobao.tbk.sc.shop.convert`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScShopConvertResponse {
  /** 加入淘宝客的店铺 */
  results?: TaobaoTbkScShopConvertNTbkShop[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NTbkShop` of `taobao.tbk.sc.shop.convert`. */
export interface TaobaoTbkScShopConvertNTbkShop {
  /** 卖家id */
  user_id?: Int64;
  /** 店铺推广链接 */
  click_url?: string;
}

const REQUEST_SCHEMA = {
  adzone_id: 'Number',
  fields: 'String',
  platform: 'Number',
  site_id: 'Number',
  unid: 'String',
  user_ids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      user_id: 'Number',
      click_url: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.shop.convert`: method, response root, request and response schemas. */
export const taobaoTbkScShopConvertOperation = {
  method: 'taobao.tbk.sc.shop.convert',
  responseRoot: 'tbk_sc_shop_convert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-店铺链接转换 — calls TOP method `taobao.tbk.sc.shop.convert`.
 *
 * 服务商使用。支持入参推广者对应的“推广位”和卖家id，获取对应的店铺推广链接。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScShopConvert(
  client: TopClient,
  request: TaobaoTbkScShopConvertRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScShopConvertResponse> {
  return client.call<TaobaoTbkScShopConvertResponse>(
    {
      method: 'taobao.tbk.sc.shop.convert',
      responseRoot: 'tbk_sc_shop_convert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
