// Generated from specs/omniorder/taobao.qimen.items.marking.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.items.marking` (商品通自动打标). */
export interface TaobaoQimenItemsMarkingRequest {
  /** 操作类型，string（50），ADD=打标，DELETE=去标，必填 */
  action_type: string;
  /** 打标值，string（50），TBKU=同步库存标，MDZT=门店自提标，必填 */
  tag_type: string;
  /**
   * 线上商品ID，long，必填
   *
   * Max list size: 20
   */
  item_ids: string[];
  /** 备注，string（500） */
  remark?: string;
}

/** Response of `taobao.qimen.items.marking`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenItemsMarkingResponse {
  /** flag */
  flag?: string;
  /** message */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  action_type: 'String',
  tag_type: 'String',
  item_ids: ['String'],
  remark: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  flag: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.items.marking`: method, response root, request and response schemas. */
export const taobaoQimenItemsMarkingOperation = {
  method: 'taobao.qimen.items.marking',
  responseRoot: 'qimen_items_marking_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品通自动打标 — calls TOP method `taobao.qimen.items.marking`.
 *
 * 调用该接口，对商品进行XXXX标的打标、去标的动作。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenItemsMarking(
  client: TopClient,
  request: TaobaoQimenItemsMarkingRequest,
  options?: CallOptions,
): Promise<TaobaoQimenItemsMarkingResponse> {
  return client.call<TaobaoQimenItemsMarkingResponse>(
    {
      method: 'taobao.qimen.items.marking',
      responseRoot: 'qimen_items_marking_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
