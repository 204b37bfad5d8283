// Generated from specs/simba/taobao.simba.salestar.creative.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.creative.delete` ((新)销量明星删除创意相关接口). */
export interface TaobaoSimbaSalestarCreativeDeleteRequest {
  /** 创意Id */
  creative_id: Int64Input;
}

/** Response of `taobao.simba.salestar.creative.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarCreativeDeleteResponse {
  /** 被删除的创意对象 */
  creative?: TaobaoSimbaSalestarCreativeDeleteCreative;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Creative` of `taobao.simba.salestar.creative.delete`. */
export interface TaobaoSimbaSalestarCreativeDeleteCreative {
  /** 推广计划Id */
  campaign_id?: Int64;
  /** 推广组id */
  adgroup_id?: Int64;
  /** 创意标题，最多20个汉字 */
  title?: string;
  /** 创意图片地址，必须是推广组对应商品的图片之一 */
  img_url?: string;
  /** 审核状态： audit_wait-待审核；audit_pass-审核通过(上线)；audit_reject-审核拒绝；默认为audit_pass。 */
  audit_status?: string;
  /** 审核拒绝原因描述 */
  audit_desc?: string;
  /** 创建时间 */
  create_time?: string;
  /** 最后修改时间 */
  modified_time?: string;
  /** 创意id */
  creative_id?: Int64;
}

const REQUEST_SCHEMA = {
  creative_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  creative: {
    campaign_id: 'Number',
    adgroup_id: 'Number',
    title: 'String',
    img_url: 'String',
    audit_status: 'String',
    audit_desc: 'String',
    create_time: 'Date',
    modified_time: 'Date',
    creative_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.salestar.creative.delete`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarCreativeDeleteOperation = {
  method: 'taobao.simba.salestar.creative.delete',
  responseRoot: 'simba_salestar_creative_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * (新)销量明星删除创意相关接口 — calls TOP method `taobao.simba.salestar.creative.delete`.
 *
 * 删除一个创意
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarCreativeDelete(
  client: TopClient,
  request: TaobaoSimbaSalestarCreativeDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarCreativeDeleteResponse> {
  return client.call<TaobaoSimbaSalestarCreativeDeleteResponse>(
    {
      method: 'taobao.simba.salestar.creative.delete',
      responseRoot: 'simba_salestar_creative_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
