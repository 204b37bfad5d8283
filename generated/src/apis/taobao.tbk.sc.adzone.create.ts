// Generated from specs/tbk/taobao.tbk.sc.adzone.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.adzone.create` (淘宝客-服务商-创建推广者位). */
export interface TaobaoTbkScAdzoneCreateRequest {
  /** 网站ID */
  site_id: Int64Input;
  /**
   * 广告位名称，最大长度64字符
   *
   * Max length: 64
   */
  adzone_name: string;
}

/** Response of `taobao.tbk.sc.adzone.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScAdzoneCreateResponse {
  /** MapData */
  data?: TaobaoTbkScAdzoneCreateMapData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.sc.adzone.create`. */
export interface TaobaoTbkScAdzoneCreateMapData {
  /** 完整的pid */
  model?: string;
}

const REQUEST_SCHEMA = {
  site_id: 'Number',
  adzone_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.adzone.create`: method, response root, request and response schemas. */
export const taobaoTbkScAdzoneCreateOperation = {
  method: 'taobao.tbk.sc.adzone.create',
  responseRoot: 'tbk_sc_adzone_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-创建推广者位 — calls TOP method `taobao.tbk.sc.adzone.create`.
 *
 * 提供淘宝客创建广告位
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScAdzoneCreate(
  client: TopClient,
  request: TaobaoTbkScAdzoneCreateRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScAdzoneCreateResponse> {
  return client.call<TaobaoTbkScAdzoneCreateResponse>(
    {
      method: 'taobao.tbk.sc.adzone.create',
      responseRoot: 'tbk_sc_adzone_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
