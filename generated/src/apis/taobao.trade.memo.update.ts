// Generated from specs/tbtrade/taobao.trade.memo.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.memo.update` (修改交易备注). */
export interface TaobaoTradeMemoUpdateRequest {
  /** 交易编号 */
  tid: Int64Input;
  /** 卖家交易备注。最大长度: 1000个字节 */
  memo?: string;
  /** 卖家交易备注旗帜，可选值为：0(灰色), 1(红色), 2(黄色), 3(绿色), 4(蓝色), 5(粉红色)，默认值为0 */
  flag?: Int64Input;
  /** 是否对memo的值置空若为true，则不管传入的memo字段的值是否为空，都将会对已有的memo值清空，慎用；若用false，则会根据memo是否为空来修改memo的值：若memo为空则忽略对已有memo字段的修改，若memo非空，则使用新传入的memo覆盖已有的memo的值 */
  reset?: boolean;
}

/** Response of `taobao.trade.memo.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeMemoUpdateResponse {
  /** 更新交易的备注信息后返回的Trade，其中可用字段为tid和modified */
  trade?: TaobaoTradeMemoUpdateTrade;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trade.memo.update`. */
export interface TaobaoTradeMemoUpdateTrade {
  /** 交易编号 (父订单的交易编号) */
  tid?: Int64;
  /** 交易修改时间(用户对订单的任何修改都会更新此字段)。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  memo: 'String',
  flag: 'Number',
  reset: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade: {
    tid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.memo.update`: method, response root, request and response schemas. */
export const taobaoTradeMemoUpdateOperation = {
  method: 'taobao.trade.memo.update',
  responseRoot: 'trade_memo_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改交易备注 — calls TOP method `taobao.trade.memo.update`.
 *
 * 需要商家或以上权限才可调用此接口，可重复调用本接口更新交易备注，本接口同时具有添加备注的功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeMemoUpdate(
  client: TopClient,
  request: TaobaoTradeMemoUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoTradeMemoUpdateResponse> {
  return client.call<TaobaoTradeMemoUpdateResponse>(
    {
      method: 'taobao.trade.memo.update',
      responseRoot: 'trade_memo_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
