// Generated from specs/simba/taobao.simba.creative.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.creative.delete` (删除创意). */
export interface TaobaoSimbaCreativeDeleteRequest {
  /** 主人昵称 */
  nick?: string;
  /** 创意Id */
  creative_id: Int64Input;
}

/** Response of `taobao.simba.creative.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCreativeDeleteResponse {
  /** 被删除的创意对象 */
  creative?: TaobaoSimbaCreativeDeleteCreative;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Creative` of `taobao.simba.creative.delete`. */
export interface TaobaoSimbaCreativeDeleteCreative {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id?: Int64;
  /** 推广组id */
  adgroup_id?: Int64;
  /** 创意id */
  creative_id?: Int64;
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
}

const REQUEST_SCHEMA = {
  nick: 'String',
  creative_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  creative: {
    nick: 'String',
    campaign_id: 'Number',
    adgroup_id: 'Number',
    creative_id: 'Number',
    title: 'String',
    img_url: 'String',
    audit_status: 'String',
    audit_desc: 'String',
    create_time: 'Date',
    modified_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.creative.delete`: method, response root, request and response schemas. */
export const taobaoSimbaCreativeDeleteOperation = {
  method: 'taobao.simba.creative.delete',
  responseRoot: 'simba_creative_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除创意 — calls TOP method `taobao.simba.creative.delete`.
 *
 * 删除一个创意
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCreativeDelete(
  client: TopClient,
  request: TaobaoSimbaCreativeDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaCreativeDeleteResponse> {
  return client.call<TaobaoSimbaCreativeDeleteResponse>(
    {
      method: 'taobao.simba.creative.delete',
      responseRoot: 'simba_creative_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
