// Generated from specs/simba/taobao.simba.salestar.creative.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.creative.update` (销量明星更新创意相关接口). */
export interface TaobaoSimbaSalestarCreativeUpdateRequest {
  /** 推广组Id */
  adgroup_id: Int64Input;
  /** 创意Id */
  creative_id: Int64Input;
  /**
   * 创意标题，最多20个汉字
   *
   * Max length: 40
   */
  title: string;
  /** 创意图片地址，必须是推广组对应商品的图片之一 */
  img_url: string;
  /** 如果用户开通了创意本地上传图片功能的，可以使用该用户图片空间的图片来修改创意，pictureId为图片空间中图片的pictureId，img_url为图片空间中图片链接地址，如果是使用的主图或副图修改创意，则pictureId必须为空 */
  picture_id?: Int64Input;
}

/** Response of `taobao.simba.salestar.creative.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarCreativeUpdateResponse {
  /** 创意修改记录对象 */
  creativerecord?: TaobaoSimbaSalestarCreativeUpdateCreativeRecord;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeRecord` of `taobao.simba.salestar.creative.update`. */
export interface TaobaoSimbaSalestarCreativeUpdateCreativeRecord {
  /** 主人昵称 */
  nick?: string;
  /** 关键词id */
  creative_id?: Int64;
  /** 创意标题，最多20个汉字 */
  title?: string;
  /** 修改前创意标题 */
  old_title?: string;
  /** 创意图片地址，必须是推广组对应商品的图片之一 */
  img_url?: string;
  /** 修改前创意图片地址 */
  old_img_url?: string;
  /** 审核状态： audit_wait-待审核；audit_pass-审核通过(上线)；audit_reject-审核拒绝；默认为audit_pass。 */
  audit_status?: string;
  /** 审核拒绝原因描述 */
  audit_desc?: string;
  /** 创意被修改的时间 */
  modify_time?: string;
  /** 创建时间 */
  create_time?: string;
}

const REQUEST_SCHEMA = {
  adgroup_id: 'Number',
  creative_id: 'Number',
  title: 'String',
  img_url: 'String',
  picture_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  creativerecord: {
    nick: 'String',
    creative_id: 'Number',
    title: 'String',
    old_title: 'String',
    img_url: 'String',
    old_img_url: 'String',
    audit_status: 'String',
    audit_desc: 'String',
    modify_time: 'Date',
    create_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.salestar.creative.update`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarCreativeUpdateOperation = {
  method: 'taobao.simba.salestar.creative.update',
  responseRoot: 'simba_salestar_creative_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销量明星更新创意相关接口 — calls TOP method `taobao.simba.salestar.creative.update`.
 *
 * 更新一个创意的信息，可以设置创意标题、创意图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarCreativeUpdate(
  client: TopClient,
  request: TaobaoSimbaSalestarCreativeUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarCreativeUpdateResponse> {
  return client.call<TaobaoSimbaSalestarCreativeUpdateResponse>(
    {
      method: 'taobao.simba.salestar.creative.update',
      responseRoot: 'simba_salestar_creative_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
