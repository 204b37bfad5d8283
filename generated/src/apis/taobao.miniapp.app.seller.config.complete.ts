// Generated from specs/miniappopen/taobao.miniapp.app.seller.config.complete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.app.seller.config.complete` (商家完成小程序相关配置). */
export interface TaobaoMiniappAppSellerConfigCompleteRequest {
  /** 商家已完成配置的小部件/B端插件的appid */
  app_id: Int64Input;
  /** 小部件必传，B端插件不用传。与app_id对应的已完成配置的版本号 */
  version?: string;
}

/** Response of `taobao.miniapp.app.seller.config.complete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappAppSellerConfigCompleteResponse {
  /** 操作成功与否 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  app_id: 'Number',
  version: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.app.seller.config.complete`: method, response root, request and response schemas. */
export const taobaoMiniappAppSellerConfigCompleteOperation = {
  method: 'taobao.miniapp.app.seller.config.complete',
  responseRoot: 'miniapp_app_seller_config_complete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家完成小程序相关配置 — calls TOP method `taobao.miniapp.app.seller.config.complete`.
 *
 * 通过该接口告知平台商家已经完成小程序相关的必要设置，可进行后续操作。主要用于小部件、客服插件等场景。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappAppSellerConfigComplete(
  client: TopClient,
  request: TaobaoMiniappAppSellerConfigCompleteRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappAppSellerConfigCompleteResponse> {
  return client.call<TaobaoMiniappAppSellerConfigCompleteResponse>(
    {
      method: 'taobao.miniapp.app.seller.config.complete',
      responseRoot: 'miniapp_app_seller_config_complete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
