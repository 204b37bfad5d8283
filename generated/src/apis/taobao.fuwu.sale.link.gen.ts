// Generated from specs/servicecenter/taobao.fuwu.sale.link.gen.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fuwu.sale.link.gen` (服务平台营销链接生成接口). */
export interface TaobaoFuwuSaleLinkGenRequest {
  /** 用户需要营销的目标人群中的用户nick */
  nick?: string;
  /** 从服务商后台，营销链接功能中生成的参数串直接复制使用。不要修改，否则抛错。 */
  param_str: string;
}

/** Response of `taobao.fuwu.sale.link.gen`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFuwuSaleLinkGenResponse {
  /** 通过营销链接接口生成的营销链接短地址 */
  url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  param_str: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fuwu.sale.link.gen`: method, response root, request and response schemas. */
export const taobaoFuwuSaleLinkGenOperation = {
  method: 'taobao.fuwu.sale.link.gen',
  responseRoot: 'fuwu_sale_link_gen_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务平台营销链接生成接口 — calls TOP method `taobao.fuwu.sale.link.gen`.
 *
 * 服务商通过使用该接口来产生营销链接，通过把这种链接发送给商家来做自定义人群的服务营销
 *
 * 注：session是param_str这个参数串创建者生成的session，这个创建者与入参中的nick是不一致的。例如：A开发者创建了一个param_str的字符串，要为B商家生成一个营销链接，session必须是A开发者创建的session。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFuwuSaleLinkGen(
  client: TopClient,
  request: TaobaoFuwuSaleLinkGenRequest,
  options?: CallOptions,
): Promise<TaobaoFuwuSaleLinkGenResponse> {
  return client.call<TaobaoFuwuSaleLinkGenResponse>(
    {
      method: 'taobao.fuwu.sale.link.gen',
      responseRoot: 'fuwu_sale_link_gen_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
