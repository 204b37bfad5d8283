// Generated from specs/simba/taobao.simba.salestar.creatives.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.creatives.get` (（新）批量获取创意). */
export interface TaobaoSimbaSalestarCreativesGetRequest {
  /** 主人昵称 */
  nick?: string;
  /**
   * 创意Id数组，最多200个
   *
   * Max list size: 200
   */
  creative_ids?: Int64Input[];
  /** 推广组Id */
  adgroup_id?: Int64Input;
}

/** Response of `taobao.simba.salestar.creatives.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarCreativesGetResponse {
  /** 创意对象列表 */
  creatives?: TaobaoSimbaSalestarCreativesGetCreative[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Creative` of `taobao.simba.salestar.creatives.get`. */
export interface TaobaoSimbaSalestarCreativesGetCreative {
  /** 主人昵称 */
  nick?: string;
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
  /** 创意图片类型,1-主图,2-副图,3-自定义图片 */
  img_type?: Int64;
  /** 使用副图作为创意的原始副图图片URL后缀 */
  second_img_origin_url?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  creative_ids: ['Number'],
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  creatives: [
    {
      nick: 'String',
      campaign_id: 'Number',
      adgroup_id: 'Number',
      title: 'String',
      img_url: 'String',
      audit_status: 'String',
      audit_desc: 'String',
      create_time: 'Date',
      modified_time: 'Date',
      creative_id: 'Number',
      img_type: 'Number',
      second_img_origin_url: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.salestar.creatives.get`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarCreativesGetOperation = {
  method: 'taobao.simba.salestar.creatives.get',
  responseRoot: 'simba_salestar_creatives_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * （新）批量获取创意 — calls TOP method `taobao.simba.salestar.creatives.get`.
 *
 * 取得一个推广组的所有创意或者根据一个创意Id列表取得一组创意；
 * 如果同时提供了推广组Id和创意id列表，则优先使用推广组Id；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarCreativesGet(
  client: TopClient,
  request: TaobaoSimbaSalestarCreativesGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarCreativesGetResponse> {
  return client.call<TaobaoSimbaSalestarCreativesGetResponse>(
    {
      method: 'taobao.simba.salestar.creatives.get',
      responseRoot: 'simba_salestar_creatives_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
