// Generated from specs/tbtrade/taobao.top.secret.extend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.secret.extend` (虚拟号延期). */
export interface TaobaoTopSecretExtendRequest {
  /** 虚拟号延期请求 */
  extend_request: TaobaoTopSecretExtendSecretNoExtendRequestInput;
}

/** Response of `taobao.top.secret.extend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopSecretExtendResponse {
  /** 隐私号延期返回结果 */
  result?: TaobaoTopSecretExtendSecretNo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SecretNoExtendRequest` of `taobao.top.secret.extend`. */
export interface TaobaoTopSecretExtendSecretNoExtendRequestInput {
  /** 虚拟号有效期延长天数，发货场景只能填7、15、30 */
  extend_days: Int64Input;
  /** 收件人ID (Open Addressee ID)，长度在128个字符之内。 */
  oaid: string;
  /** 交易订单ID */
  order_id: Int64Input;
  /** 解密场景编号。不同场景，解密策略不同。请根据产品功能选择相应的场景编号。可选的场景：1001(顺丰电子面单发货)、1002(4通一达电子面单发货)、1003(EMS电子面单发货)、1004(其他电子面单发货)、1005(线下门店发货)、1006(手工单发货)、1007(代发货)、2001(客户售后服务)、2002(客户关怀) */
  scene: string;
}

/** `SecretNo` of `taobao.top.secret.extend`. */
export interface TaobaoTopSecretExtendSecretNo {
  /** 隐私号 */
  secret_no?: string;
  /** 延期后隐私号的过期时间 */
  expire_time?: string;
}

const REQUEST_SCHEMA = {
  extend_request: {
    extend_days: 'Number',
    oaid: 'String',
    order_id: 'Number',
    scene: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    secret_no: 'String',
    expire_time: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.secret.extend`: method, response root, request and response schemas. */
export const taobaoTopSecretExtendOperation = {
  method: 'taobao.top.secret.extend',
  responseRoot: 'top_secret_extend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 虚拟号延期 — calls TOP method `taobao.top.secret.extend`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopSecretExtend(
  client: TopClient,
  request: TaobaoTopSecretExtendRequest,
  options?: CallOptions,
): Promise<TaobaoTopSecretExtendResponse> {
  return client.call<TaobaoTopSecretExtendResponse>(
    {
      method: 'taobao.top.secret.extend',
      responseRoot: 'top_secret_extend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
