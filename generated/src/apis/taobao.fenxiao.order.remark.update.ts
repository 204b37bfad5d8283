// Generated from specs/fenxiao/taobao.fenxiao.order.remark.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.order.remark.update` (修改采购单备注). */
export interface TaobaoFenxiaoOrderRemarkUpdateRequest {
  /** 采购单编号 */
  purchase_order_id: Int64Input;
  /** 备注内容(供应商操作) */
  supplier_memo: string;
  /**
   * 旗子的标记，1-5之间的数字。非1-5之间，都采用1作为默认。
   * 1:红色
   * 2:黄色
   * 3:绿色
   * 4:蓝色
   * 5:粉红色
   */
  supplier_memo_flag?: Int64Input;
}

/** Response of `taobao.fenxiao.order.remark.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoOrderRemarkUpdateResponse {
  /** 操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  purchase_order_id: 'Number',
  supplier_memo: 'String',
  supplier_memo_flag: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.order.remark.update`: method, response root, request and response schemas. */
export const taobaoFenxiaoOrderRemarkUpdateOperation = {
  method: 'taobao.fenxiao.order.remark.update',
  responseRoot: 'fenxiao_order_remark_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改采购单备注 — calls TOP method `taobao.fenxiao.order.remark.update`.
 *
 * 供应商修改采购单备注
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoOrderRemarkUpdate(
  client: TopClient,
  request: TaobaoFenxiaoOrderRemarkUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoOrderRemarkUpdateResponse> {
  return client.call<TaobaoFenxiaoOrderRemarkUpdateResponse>(
    {
      method: 'taobao.fenxiao.order.remark.update',
      responseRoot: 'fenxiao_order_remark_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
