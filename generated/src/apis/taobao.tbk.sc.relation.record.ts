// Generated from specs/tbk/taobao.tbk.sc.relation.record.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.relation.record` (淘宝客-服务商-私域会员标记). */
export interface TaobaoTbkScRelationRecordRequest {
  /** 淘宝客自有私域用户自定义标记，如自有私域系统账号标记等 */
  external_id: string;
  /** 淘宝客其他平台私域用户自定义标记，1-微信、2-微博、3-抖音、4-快手、5-QQ，0-其他 */
  external_type: Int64Input;
  /** 授权类型，选2时可用于更新外部用户标记，默认1：1-新绑，2-更新 */
  op_type: Int64Input;
  /** 会员备案授权后，跳转的目标页地址 */
  redirect_url: string;
  /** 人群标签ID，用户备案授权后会自动添加到该人群 */
  ucrowd_id?: Int64Input;
}

/** Response of `taobao.tbk.sc.relation.record`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScRelationRecordResponse {
  /** data */
  data?: TaobaoTbkScRelationRecordMapData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.sc.relation.record`. */
export interface TaobaoTbkScRelationRecordMapData {
  /** 带授权的备案链接 */
  url?: string;
  /** 已废弃，请调用淘口令生成接口 */
  password_simple?: string;
  /** 已废弃，请调用淘口令生成接口 */
  model?: string;
}

const REQUEST_SCHEMA = {
  external_id: 'String',
  external_type: 'Number',
  op_type: 'Number',
  redirect_url: 'String',
  ucrowd_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    url: 'String',
    password_simple: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.relation.record`: method, response root, request and response schemas. */
export const taobaoTbkScRelationRecordOperation = {
  method: 'taobao.tbk.sc.relation.record',
  responseRoot: 'tbk_sc_relation_record_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-私域会员标记 — calls TOP method `taobao.tbk.sc.relation.record`.
 *
 * 服务商使用。支持淘宝客通过入参私域外部ID，获得待私域会员可标记的链接，会员打开该链接后，可帮助媒体自动生成会员运营id进行标记，同时自动跳转到推广落地页。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScRelationRecord(
  client: TopClient,
  request: TaobaoTbkScRelationRecordRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScRelationRecordResponse> {
  return client.call<TaobaoTbkScRelationRecordResponse>(
    {
      method: 'taobao.tbk.sc.relation.record',
      responseRoot: 'tbk_sc_relation_record_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
