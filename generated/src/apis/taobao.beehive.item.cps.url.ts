// Generated from specs/beehive/taobao.beehive.item.cps.url.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.beehive.item.cps.url` (分佣链接生成接口). */
export interface TaobaoBeehiveItemCpsUrlRequest {
  /** 商品ID */
  item_id: Int64Input;
  /** 平台，一般为手机 */
  platform: string;
  /** 达人ID */
  ad_user_id: Int64Input;
  /** 站外是1 */
  source_type: Int64Input;
  /** 业务方，新浪为sina */
  biz_type: string;
}

/** Response of `taobao.beehive.item.cps.url`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBeehiveItemCpsUrlResponse {
  /** 结果对象 */
  result?: TaobaoBeehiveItemCpsUrlResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `taobao.beehive.item.cps.url`. */
export interface TaobaoBeehiveItemCpsUrlResultDo {
  /** 商品id和对应的url map */
  model?: string;
  /** 错误码 */
  code?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** 错误信息 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  platform: 'String',
  ad_user_id: 'Number',
  source_type: 'Number',
  biz_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.beehive.item.cps.url`: method, response root, request and response schemas. */
export const taobaoBeehiveItemCpsUrlOperation = {
  method: 'taobao.beehive.item.cps.url',
  responseRoot: 'beehive_item_cps_url_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分佣链接生成接口 — calls TOP method `taobao.beehive.item.cps.url`.
 *
 * 传入包括itemId,accountId,bizType在内的参数，对应参数返回分佣链接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBeehiveItemCpsUrl(
  client: TopClient,
  request: TaobaoBeehiveItemCpsUrlRequest,
  options?: CallOptions,
): Promise<TaobaoBeehiveItemCpsUrlResponse> {
  return client.call<TaobaoBeehiveItemCpsUrlResponse>(
    {
      method: 'taobao.beehive.item.cps.url',
      responseRoot: 'beehive_item_cps_url_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
