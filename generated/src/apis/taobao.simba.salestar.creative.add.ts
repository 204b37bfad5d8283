// Generated from specs/simba/taobao.simba.salestar.creative.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.creative.add` (（新）新建创意). */
export interface TaobaoSimbaSalestarCreativeAddRequest {
  /** 推广组Id */
  adgroup_id: Int64Input;
  /**
   * 创意标题，最多20个汉字
   *
   * Max length: 40
   */
  title: string;
  /** 创意图片地址，必须是推广组对应商品的图片之一 */
  img_url: string;
  /** 主人昵称 */
  nick?: string;
  /** 创意广审编号 */
  ad_examination_code?: string;
}

/** Response of `taobao.simba.salestar.creative.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarCreativeAddResponse {
  /** 新增加的创意对象 */
  creative?: TaobaoSimbaSalestarCreativeAddCreative;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Creative` of `taobao.simba.salestar.creative.add`. */
export interface TaobaoSimbaSalestarCreativeAddCreative {
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
  adgroup_id: 'Number',
  title: 'String',
  img_url: 'String',
  nick: 'String',
  ad_examination_code: 'String',
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

/** Static description of `taobao.simba.salestar.creative.add`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarCreativeAddOperation = {
  method: 'taobao.simba.salestar.creative.add',
  responseRoot: 'simba_salestar_creative_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * （新）新建创意 — calls TOP method `taobao.simba.salestar.creative.add`.
 *
 * 创建一个创意
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarCreativeAdd(
  client: TopClient,
  request: TaobaoSimbaSalestarCreativeAddRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarCreativeAddResponse> {
  return client.call<TaobaoSimbaSalestarCreativeAddResponse>(
    {
      method: 'taobao.simba.salestar.creative.add',
      responseRoot: 'simba_salestar_creative_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
