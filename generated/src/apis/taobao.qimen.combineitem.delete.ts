// Generated from specs/qimen/taobao.qimen.combineitem.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.combineitem.delete` (组合货品删除接口). */
export interface TaobaoQimenCombineitemDeleteRequest {
  request?: TaobaoQimenCombineitemDeleteRequestDOInput;
}

/** Response of `taobao.qimen.combineitem.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenCombineitemDeleteResponse {
  response?: TaobaoQimenCombineitemDeleteResponseDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RequestDO` of `taobao.qimen.combineitem.delete`. */
export interface TaobaoQimenCombineitemDeleteRequestDOInput {
  /** 奇门仓储字段,C123,string(50),, */
  ownerCode?: string;
  /** 奇门仓储字段,C123,string(50),, */
  itemId?: string;
}

/** `ResponseDO` of `taobao.qimen.combineitem.delete`. */
export interface TaobaoQimenCombineitemDeleteResponseDO {
  /** 响应结果:success|failure,success,string(10),必填, */
  flag?: string;
  /** 响应码,0,string(50),, */
  code?: string;
  /** 响应信息,invalid appkey,string(100),, */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    itemId: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.combineitem.delete`: method, response root, request and response schemas. */
export const taobaoQimenCombineitemDeleteOperation = {
  method: 'taobao.qimen.combineitem.delete',
  responseRoot: 'qimen_combineitem_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 组合货品删除接口 — calls TOP method `taobao.qimen.combineitem.delete`.
 *
 * 组合货品删除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenCombineitemDelete(
  client: TopClient,
  request: TaobaoQimenCombineitemDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenCombineitemDeleteResponse> {
  return client.call<TaobaoQimenCombineitemDeleteResponse>(
    {
      method: 'taobao.qimen.combineitem.delete',
      responseRoot: 'qimen_combineitem_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
