// Generated from specs/qimen/taobao.qimen.itemstore.banding.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.itemstore.banding` (商品关联绑定接口). */
export interface TaobaoQimenItemstoreBandingRequest {
  /**
   * 门店列表
   *
   * Max list size: 20
   */
  store_ids: Int64Input[];
  /** 备注信息 */
  remark?: string;
  /** 操作类型 */
  action_type: string;
  /** 线上商品ID */
  item_id: Int64Input;
}

/** Response of `taobao.qimen.itemstore.banding`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenItemstoreBandingResponse {
  /** 响应信息 */
  message?: string;
  /** 响应描述 */
  flag?: string;
  /** 响应编码 */
  qimen_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  store_ids: ['Number'],
  remark: 'String',
  action_type: 'String',
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  flag: 'String',
  qimen_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.itemstore.banding`: method, response root, request and response schemas. */
export const taobaoQimenItemstoreBandingOperation = {
  method: 'taobao.qimen.itemstore.banding',
  responseRoot: 'qimen_itemstore_banding_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品关联绑定接口 — calls TOP method `taobao.qimen.itemstore.banding`.
 *
 * 商家在ERP等系统中调用该接口，将线上商品和线下门店“新建/删除”关联。这里的线上。每次只能单个商品关联多个门店，门店上限200
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenItemstoreBanding(
  client: TopClient,
  request: TaobaoQimenItemstoreBandingRequest,
  options?: CallOptions,
): Promise<TaobaoQimenItemstoreBandingResponse> {
  return client.call<TaobaoQimenItemstoreBandingResponse>(
    {
      method: 'taobao.qimen.itemstore.banding',
      responseRoot: 'qimen_itemstore_banding_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
