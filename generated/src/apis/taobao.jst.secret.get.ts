// Generated from specs/jstsecret/taobao.jst.secret.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.secret.get` (获取订单消费者的隐私号码). */
export interface TaobaoJstSecretGetRequest {
  /** 订单号 */
  tid: Int64Input;
  /** 隐私号类型，1=手机号，2=分机号，默认为1；分机号使用时拨打手机号转分机号 */
  type?: Int64Input;
  /**
   * 隐私号码过期天数，默认30天，取值范围[1,30]
   *
   * Min value: 1
   */
  expire_days?: Int64Input;
}

/** Response of `taobao.jst.secret.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSecretGetResponse {
  /** 结果 */
  secret?: TaobaoJstSecretGetSecretNoBindResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SecretNoBindResponse` of `taobao.jst.secret.get`. */
export interface TaobaoJstSecretGetSecretNoBindResponse {
  /** 分机号，type=2时有值。拨打时先拨打隐私号再转分机号 */
  extension?: string;
  /** 隐私号码 */
  secret_no?: string;
  /** 隐私号码过期时间 */
  expire_date?: string;
  /** 隐私号码类型，1=隐私号，2=分机号。 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  type: 'Number',
  expire_days: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  secret: {
    extension: 'String',
    secret_no: 'String',
    expire_date: 'String',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.secret.get`: method, response root, request and response schemas. */
export const taobaoJstSecretGetOperation = {
  method: 'taobao.jst.secret.get',
  responseRoot: 'jst_secret_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取订单消费者的隐私号码 — calls TOP method `taobao.jst.secret.get`.
 *
 * 根据订单号获取消费者的隐私号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSecretGet(
  client: TopClient,
  request: TaobaoJstSecretGetRequest,
  options?: CallOptions,
): Promise<TaobaoJstSecretGetResponse> {
  return client.call<TaobaoJstSecretGetResponse>(
    {
      method: 'taobao.jst.secret.get',
      responseRoot: 'jst_secret_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
