// Generated from specs/product/taobao.banamadpc.item.edit.render.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.banamadpc.item.edit.render` (编辑商品发布页). */
export interface TaobaoBanamadpcItemEditRenderRequest {
  /** 商品id */
  item_id: Int64Input;
}

/** Response of `taobao.banamadpc.item.edit.render`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBanamadpcItemEditRenderResponse {
  /** 无 */
  api_result?: TaobaoBanamadpcItemEditRenderApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `taobao.banamadpc.item.edit.render`. */
export interface TaobaoBanamadpcItemEditRenderApiResult {
  /** 错误信息 */
  er_msg?: string;
  /** 错误码 */
  er_code?: string;
  /** 商品标题，价格，图片等商品数据的schema xml */
  result?: string;
  /** 成功 */
  error?: boolean;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    er_msg: 'String',
    er_code: 'String',
    result: 'String',
    error: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.banamadpc.item.edit.render`: method, response root, request and response schemas. */
export const taobaoBanamadpcItemEditRenderOperation = {
  method: 'taobao.banamadpc.item.edit.render',
  responseRoot: 'banamadpc_item_edit_render_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 编辑商品发布页 — calls TOP method `taobao.banamadpc.item.edit.render`.
 *
 * 巴拿马供应商通过此接口获取编辑商品发布页
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBanamadpcItemEditRender(
  client: TopClient,
  request: TaobaoBanamadpcItemEditRenderRequest,
  options?: CallOptions,
): Promise<TaobaoBanamadpcItemEditRenderResponse> {
  return client.call<TaobaoBanamadpcItemEditRenderResponse>(
    {
      method: 'taobao.banamadpc.item.edit.render',
      responseRoot: 'banamadpc_item_edit_render_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
